/**
 * The e2e's constants, from the e2e stack file through the program's own config parser (so the
 * checks use what the stack deploys, not literals repeated across files). Prints shell
 * assignments for tests/e2e/lib.sh: `eval "$(ts-node tests/e2e/stack-constants.ts <stack.yaml>)"`.
 */
import * as fs from "fs";
import * as yaml from "js-yaml";
import { DEFAULTS, RawConfig, parseConfig } from "../../components/config";

const [file] = process.argv.slice(2);
const stack = yaml.load(fs.readFileSync(file, "utf8")) as { config: Record<string, unknown> };
const overrides = Object.fromEntries(
  Object.entries(stack.config).map(([key, value]) => [key.replace(/^bcm:/, ""), value]),
) as Partial<RawConfig>;
const config = parseConfig({ ...DEFAULTS, ...overrides });
if (config.outside.mode !== "macvlan") throw new Error("the e2e stack attaches the gateway by macvlan");
const upstream = new URL(config.registryMirror.upstream.url).hostname;
const values: Record<string, string> = {
  PROJECT: config.lxd.project,
  POOL: config.storage.pool,
  BCMNET_NETWORK: config.bcmnet.name,
  BCMNET_CIDR: config.bcmnet.subnet.cidr,
  INSIDE: config.bcmnet.gatewayAddress,
  DOMAIN: config.bcmnet.domain,
  DHCP_START: config.bcmnet.dhcpRange.start,
  DHCP_END: config.bcmnet.dhcpRange.end,
  // The upstream namespace's own address: the mirror's upstream registry lives there.
  UPSTREAM: upstream,
  OUTSIDE_PARENT: config.outside.parentNic,
};
for (const [name, value] of Object.entries(values)) {
  if (!/^[A-Za-z0-9./:_-]+$/.test(value)) throw new Error(`${name}: unexpected value ${value}`);
  console.log(`${name}=${value}`);
}
