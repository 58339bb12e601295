# shellcheck shell=bash
# The stack as the operator commands (scripts/backup.sh, restore.sh, doctor.sh) see it: its
# outputs, its state, its config file. Pulumi (`pulumi stack ...`, whatever backend you are logged
# in to) unless BCM_HARNESS_DIR names the e2e's engine-less harness directory (tests/e2e/deploy.ts:
# its plan, provider answers, values and outputs stand in for the state). Sourced after env.sh.
#
# Env: BCM_CONFIG_FILE  the stack's config file (default: Pulumi.<stack>.yaml beside Pulumi.yaml)
#      BCM_LXD_REMOTE   the `lxc` remote of the stack's LXD endpoint (default: the local daemon)

stack_config_file() { echo "${BCM_CONFIG_FILE:-$REPO_ROOT/Pulumi.$1.yaml}"; }
stack_backend() { if [ -n "${BCM_HARNESS_DIR:-}" ]; then echo harness; else echo pulumi; fi; }
stack_pulumi() { # stack_pulumi <stack> <pulumi args...>
  local stack=$1
  shift
  (cd "$REPO_ROOT" && pulumi --non-interactive "$@" --stack "$stack" --config-file "$(stack_config_file "$stack")")
}
# The same without --config-file, for the commands that read only the state (stack output, export,
# import take no config file).
stack_pulumi_state() {
  local stack=$1
  shift
  (cd "$REPO_ROOT" && pulumi --non-interactive "$@" --stack "$stack")
}
harness_tool() { (cd "$REPO_ROOT" && ts-node --transpile-only tests/e2e/deploy.ts "$@"); }

# The prefix of instance names and API paths for `lxc` on the stack's endpoint: "<remote>:", or
# nothing for the local daemon.
lxd_remote_prefix() { [ -n "${BCM_LXD_REMOTE:-}" ] && echo "$BCM_LXD_REMOTE:"; true; }

# Every output, secrets in plaintext (JSON on stdout). Fails on a wrong passphrase.
stack_outputs() {
  if [ "$(stack_backend)" = harness ]; then
    cat "$BCM_HARNESS_DIR/outputs.json"
  else
    stack_pulumi_state "$1" stack output --json --show-secrets
  fi
}

# Whether the backend holds stack $1 (any state).
stack_exists() {
  if [ "$(stack_backend)" = harness ]; then
    [ -e "$BCM_HARNESS_DIR" ] && [ -n "$(ls -A "$BCM_HARNESS_DIR" 2>/dev/null)" ]
  else
    (cd "$REPO_ROOT" && pulumi --non-interactive stack ls --json) | jq -e --arg s "$1" 'any(.[]; .name == $s or (.name | endswith("/" + $s)))' >/dev/null
  fi
}

# stack_export <stack> <dir>: the state into <dir> (Pulumi: stack.json, secrets still encrypted).
stack_export() {
  if [ "$(stack_backend)" = harness ]; then
    mkdir -p "$2/harness" && cp -a "$BCM_HARNESS_DIR/." "$2/harness/"
  else
    stack_pulumi_state "$1" stack export --file "$2/stack.json"
  fi
}

# stack_resource_count <dir>: resources in an exported state.
stack_resource_count() {
  if [ -f "$1/stack.json" ]; then jq '.deployment.resources | length' "$1/stack.json"; else jq '.resources | length' "$1/harness/plan.json"; fi
}

# stack_import <stack> <dir>: a new stack from an exported state (the config file already in place).
stack_import() {
  if [ -d "$2/harness" ]; then
    [ "$(stack_backend)" = harness ] || { echo "restore: this backup was made by the e2e's engine-less harness; set BCM_HARNESS_DIR" >&2; return 1; }
    mkdir -p "$BCM_HARNESS_DIR" && cp -a "$2/harness/." "$BCM_HARNESS_DIR/" || return 1
    # As for Pulumi below: what the provider answered about LXD objects is dropped (the endpoint is
    # empty); keys, certificates, passwords and the dynamic resources' outputs stay.
    jq 'with_entries(select(.value.key | startswith("lxd:") | not))' "$2/harness/provider-state.json" >"$BCM_HARNESS_DIR/provider-state.json" || return 1
    # The harness plans with the config file it was given: this one.
    jq --arg f "$(stack_config_file "$1")" '.stackConfigPath = $f' "$BCM_HARNESS_DIR/plan.json" >"$BCM_HARNESS_DIR/plan.json.new" &&
      mv "$BCM_HARNESS_DIR/plan.json.new" "$BCM_HARNESS_DIR/plan.json"
  else
    [ "$(stack_backend)" = pulumi ] || { echo "restore: this backup holds a Pulumi state; unset BCM_HARNESS_DIR" >&2; return 1; }
    local config saved default="$REPO_ROOT/Pulumi.$1.yaml" had_default=0
    config=$(stack_config_file "$1")
    [ -e "$default" ] && had_default=1
    # `stack init` may write a new encryptionsalt into Pulumi.<stack>.yaml: the backup's file is kept.
    saved=$(mktemp "${config}.restore.XXXXXX") && cp -p "$config" "$saved" || return 1
    (cd "$REPO_ROOT" && pulumi --non-interactive stack init "$1" --secrets-provider passphrase) >/dev/null || { rm -f "$saved"; return 1; }
    [ "$config" != "$default" ] && [ "$had_default" = 0 ] && rm -f "$default"
    mv -f "$saved" "$config" || return 1
    # Without its LXD objects (ops/backup/state.ts): the deploy makes them on the empty endpoint.
    (cd "$REPO_ROOT" && ts-node --transpile-only ops/backup/state.ts "$2/stack.json" "$2/stack-fresh.json") &&
      stack_pulumi_state "$1" stack import --file "$2/stack-fresh.json"
  fi
}

# stack_up <stack> <log>: bring the endpoint to what the state and config say.
stack_up() {
  if [ "$(stack_backend)" = harness ]; then
    harness_tool plan "$(stack_config_file "$1")" "$BCM_HARNESS_DIR" >"$2" 2>&1 &&
      harness_tool apply "$BCM_HARNESS_DIR" >>"$2" 2>&1
  else
    stack_pulumi "$1" up --yes --skip-preview >"$2" 2>&1
  fi
}

# stack_expect_no_changes <stack> <log>: 0 when nothing would change.
stack_expect_no_changes() {
  if [ "$(stack_backend)" = harness ]; then
    harness_tool noop "$(stack_config_file "$1")" "$BCM_HARNESS_DIR" >"$2" 2>&1
  else
    stack_pulumi "$1" preview --expect-no-changes >"$2" 2>&1
  fi
}
