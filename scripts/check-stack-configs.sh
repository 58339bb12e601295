#!/usr/bin/env bash
# The Pulumi CLI's own validation of every committed stack file against Pulumi.yaml's config block:
# required keys (a declared key without default), declared types, `secret: true` values that must
# be encrypted. The CLI runs it at the start of `pulumi preview` ("validating stack config: ..."),
# before it starts the language host; so this check needs neither the nodejs host nor any plugin.
#
# How: in a temporary directory, with a temporary local file backend and PULUMI_HOME, the project
# file is copied with its runtime renamed to one that does not exist (bcm-config-check); each stack
# is created as a user would (`pulumi stack init`, passphrase secrets) and `pulumi preview` runs.
# A stack passes only on evidence: the output does not contain "validating stack config" AND shows
# the next step, the CLI failing to find the language plugin bcm-config-check. Anything else fails.
#
# Stacks: every committed Pulumi.<stack>.yaml of this project (git ls-files): the root ones as stack
# files; tests/e2e/Pulumi.e2e.yaml the way tests/e2e/lib.sh uses it (stack init in the project,
# the file passed with --config-file). Secure values are re-created in the temporary stack with
# `pulumi config set --secret` (their ciphertext belongs to someone else's passphrase and salt; the
# temporary stack keeps its own encryptionsalt). Pulumi.site-example.yaml is also checked the way
# the README's "Adding a stack" uses it: stack `site` with `config set --secret bcm:lxdRemoteTrustToken`.
#
# Self-test first: broken copies must be refused by the same procedure (a declared secret without
# default; a string for an integer key), else the script fails: it cannot see config errors.
#
# Usage: scripts/check-stack-configs.sh [PROJECT_FILE]    (default: Pulumi.yaml of the repository;
#        another one, e.g. from `git show HEAD:Pulumi.yaml`, is checked against the same stack files)
# Needs: pulumi (any CLI >= 3.50; scripts/install-pulumi.sh or a standard install), node + js-yaml
# (npm ci). Exit: 0 all passed, 1 a stack or the self-test failed, 2 missing prerequisite.
set -euo pipefail
# shellcheck source=lib/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"

PROJECT_FILE=$(readlink -f "${1:-$REPO_ROOT/Pulumi.yaml}")
RUNTIME=bcm-config-check
# The CLI's message when it looks for the language plugin of $RUNTIME and finds none (the step that
# follows config validation); checked as a pattern so that wording changes in the CLI fail loudly.
NEXT_STEP_RE="language plugin.*$RUNTIME|$RUNTIME.*language plugin|pulumi-language-$RUNTIME"
PASSED=0
FAILED=0

say() { printf '[check-stack-configs] %s\n' "$*" >&2; }
summary() { printf 'check-stack-configs: %d passed, %d failed\n' "$PASSED" "$FAILED"; }
prereq() { say "missing prerequisite: $*"; summary; exit 2; }

command -v pulumi >/dev/null 2>&1 || prereq "the pulumi CLI (scripts/install-pulumi.sh, or Pulumi's standard install)"
command -v node >/dev/null 2>&1 && [ -f "$REPO_ROOT/node_modules/js-yaml/package.json" ] ||
  prereq "node and js-yaml (npm ci)"
[ -f "$PROJECT_FILE" ] || prereq "project file $PROJECT_FILE"

WORK=$(mktemp -d /tmp/bcm-check-stack-configs.XXXXXX)
if [ "${BCM_CHECK_KEEP:-0}" = 1 ]; then say "keeping $WORK (BCM_CHECK_KEEP=1)"; else trap 'rm -rf "$WORK"' EXIT; fi
export PULUMI_HOME=$WORK/home
export PULUMI_CONFIG_PASSPHRASE=check-stack-configs-only
unset PULUMI_CONFIG_PASSPHRASE_FILE PULUMI_ACCESS_TOKEN
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true # no download of the fake language plugin
mkdir -p "$PULUMI_HOME"
say "pulumi $(pulumi version) ($(command -v pulumi)); project file $PROJECT_FILE"

# yaml_tool project SRC DST [EXTRA_CONFIG_JSON]: DST = SRC with runtime $RUNTIME (+ extra declarations)
# yaml_tool intkey SRC: the first key declared with type integer
# yaml_tool stack SRC INIT DST [SET_JSON]: DST = SRC's config (+ SET_JSON settings) without secure
#   values, with the encryptionsalt of INIT (the file `pulumi stack init` wrote); prints the keys
#   whose values were secure, one a line
yaml_tool() {
  NODE_PATH=$REPO_ROOT/node_modules node -e '
    const fs = require("fs"), yaml = require("js-yaml");
    const [mode, ...a] = process.argv.slice(1);
    const load = (f) => yaml.load(fs.readFileSync(f, "utf8")) ?? {};
    if (mode === "intkey") {
      const [src] = a;
      const key = Object.entries(load(src).config ?? {}).find(([, v]) => v && v.type === "integer");
      if (key) console.log(key[0]);
    } else if (mode === "project") {
      const [src, dst, extra] = a;
      const doc = load(src);
      doc.runtime = process.env.RUNTIME;
      if (extra) doc.config = { ...(doc.config ?? {}), ...JSON.parse(extra) };
      fs.writeFileSync(dst, yaml.dump(doc));
    } else {
      const [src, init, dst, set] = a;
      const doc = load(src), created = fs.existsSync(init) ? load(init) : {};
      const config = { ...(doc.config ?? {}), ...(set ? JSON.parse(set) : {}) }, secure = [];
      for (const [k, v] of Object.entries(config)) {
        if (v && typeof v === "object" && !Array.isArray(v) && "secure" in v) { secure.push(k); delete config[k]; }
        else if (JSON.stringify(v ?? null).includes("\"secure\"")) throw new Error(`${src}: nested secure value under ${k}`);
      }
      const out = { config };
      if (created.encryptionsalt) out.encryptionsalt = created.encryptionsalt;
      fs.writeFileSync(dst, yaml.dump(out));
      for (const k of secure) console.log(k);
    }' "$@"
}
export RUNTIME

# preview_config CASE PROJECT_FILE STACK STACK_SOURCE MODE [SET_JSON] [SECRET_KEY...]
#   MODE stackfile: Pulumi.STACK.yaml in the project directory; configfile: elsewhere, --config-file
# Runs `pulumi stack init` + `pulumi preview`; leaves the output in $WORK/CASE.log and sets VERDICT:
#   ok        config validation passed (and the CLI went on to look for the language plugin)
#   refused   "validating stack config" in the output
#   unclear   neither: the evidence is missing
preview_config() {
  local name=$1 project=$2 stack=$3 source=$4 mode=$5 set=${6:-} dir log cfg key rc=0
  shift 6 || shift $#
  dir=$WORK/$name
  log=$WORK/$name.log
  mkdir -p "$dir" "$WORK/$name.state"
  # one backend per case: the same stack name is used by several cases
  p() { (cd "$dir" && PULUMI_BACKEND_URL="file://$WORK/$name.state" pulumi "$@"); }
  yaml_tool project "$project" "$dir/Pulumi.yaml"
  p stack init "$stack" --secrets-provider passphrase --non-interactive >"$log" 2>&1 || {
    VERDICT=unclear
    return 0
  }
  cfg=$dir/Pulumi.$stack.yaml
  [ "$mode" = configfile ] && cfg=$WORK/$name.config/Pulumi.$stack.yaml && mkdir -p "$(dirname "$cfg")"
  local secure
  secure=$(yaml_tool stack "$source" "$dir/Pulumi.$stack.yaml" "$cfg" "$set") || {
    VERDICT=unclear
    return 0
  }
  # as tests/e2e/lib.sh does: the salt moved into the config file, no stack file beside Pulumi.yaml
  [ "$mode" = configfile ] && rm -f "$dir/Pulumi.$stack.yaml"
  local args=(--stack "$stack" --non-interactive)
  [ "$mode" = configfile ] && args+=(--config-file "$cfg")
  for key in $secure "$@"; do
    p config set --secret "$key" "check-stack-configs-placeholder" "${args[@]}" >>"$log" 2>&1 || {
      VERDICT=unclear
      return 0
    }
  done
  p preview "${args[@]}" >>"$log" 2>&1 || rc=$?
  if grep -q "validating stack config" "$log"; then
    VERDICT=refused
  elif ((rc != 0)) && grep -Eqi "$NEXT_STEP_RE" "$log"; then
    VERDICT=ok
  else
    VERDICT=unclear
  fi
}

pass() { PASSED=$((PASSED + 1)); say "ok   $*"; }
fail() {
  FAILED=$((FAILED + 1))
  say "FAIL $1"
  sed 's/^/    | /' "$WORK/$2.log" | tail -n 25 >&2
}

# ---- self-test: the procedure must refuse broken copies ---------------------------------------------
DEV=$REPO_ROOT/Pulumi.dev.yaml
yaml_tool project "$PROJECT_FILE" "$WORK/broken-required.yaml" \
  '{"bcmCheckRequiredSecret":{"type":"string","secret":true,"description":"declared secret without default"}}'
preview_config selftest-required "$WORK/broken-required.yaml" dev "$DEV" stackfile
if [ "$VERDICT" = refused ] && grep -q "bcmCheckRequiredSecret" "$WORK/selftest-required.log"; then
  pass "self-test: a declared secret without default is refused"
else
  fail "self-test: a declared secret without default was NOT refused (verdict $VERDICT): this check cannot see config errors" selftest-required
fi
INT_KEY=$(yaml_tool intkey "$PROJECT_FILE")
VERDICT="no integer key declared"
[ -n "$INT_KEY" ] && preview_config selftest-type "$PROJECT_FILE" dev "$DEV" stackfile "{\"bcm:$INT_KEY\":\"nine-thousand\"}"
if [ -n "$INT_KEY" ] && [ "$VERDICT" = refused ] && grep -q "'$INT_KEY' must be of type 'integer'" "$WORK/selftest-type.log"; then
  pass "self-test: a string for an integer key ($INT_KEY) is refused"
else
  touch "$WORK/selftest-type.log"
  fail "self-test: a string for an integer key (${INT_KEY:-none}) was NOT refused for that key (verdict $VERDICT)" selftest-type
fi

# A stack file holding a secure value made elsewhere (another passphrase and salt): the value is
# re-created in the temporary stack, so the file is still checked.
{
  cat "$DEV"
  printf '  bcm:lxdRemoteTrustToken:\n    secure: v1:Zm9yZWlnbg==:v1:Zm9yZWlnbg==:Zm9yZWlnbg==\n'
  printf 'encryptionsalt: v1:Zm9yZWlnbg==:v1:Zm9yZWlnbg==:Zm9yZWlnbg==\n'
} >"$WORK/foreign-secure.yaml"
preview_config selftest-secure "$PROJECT_FILE" dev "$WORK/foreign-secure.yaml" stackfile
if [ "$VERDICT" = ok ] && grep -A1 "lxdRemoteTrustToken" "$WORK/selftest-secure/Pulumi.dev.yaml" | grep -q "secure:" &&
  ! grep -q "Zm9yZWlnbg" "$WORK/selftest-secure/Pulumi.dev.yaml"; then
  pass "self-test: a stack file with a foreign secure value is checked (value re-created here)"
else
  fail "self-test: a stack file with a foreign secure value (verdict $VERDICT)" selftest-secure
fi

# ---- every committed stack file ------------------------------------------------------------------
mapfile -t STACK_FILES < <(cd "$REPO_ROOT" && { git ls-files -- 'Pulumi.*.yaml' 'tests/e2e/Pulumi.*.yaml' 2>/dev/null ||
  ls Pulumi.*.yaml tests/e2e/Pulumi.*.yaml; } | sort -u)
if ((${#STACK_FILES[@]} == 0)); then
  FAILED=$((FAILED + 1))
  say "FAIL no committed stack file found: nothing would be checked"
fi
for f in "${STACK_FILES[@]}"; do
  stack=$(basename "$f" .yaml)
  stack=${stack#Pulumi.}
  mode=stackfile
  [ "$(dirname "$f")" = . ] || mode=configfile
  name=stack-${f//\//_}
  preview_config "$name" "$PROJECT_FILE" "$stack" "$REPO_ROOT/$f" "$mode"
  if [ "$VERDICT" = ok ]; then
    pass "$f (stack $stack, $mode): config validation passed"
  else
    fail "$f (stack $stack, $mode): verdict $VERDICT" "$name"
  fi
  if [ "$f" = Pulumi.site-example.yaml ]; then
    # README "Adding a stack": stack site with the example's settings and an encrypted trust token.
    preview_config readme-site "$PROJECT_FILE" site "$REPO_ROOT/$f" stackfile "" bcm:lxdRemoteTrustToken
    if [ "$VERDICT" = ok ] && grep -q "lxdRemoteTrustToken" "$WORK/readme-site/Pulumi.site.yaml"; then
      pass "$f as stack site + config set --secret bcm:lxdRemoteTrustToken: config validation passed"
    else
      fail "$f as stack site + secret trust token: verdict $VERDICT" readme-site
    fi
  fi
done

summary
((FAILED == 0))
