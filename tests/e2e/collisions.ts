/**
 * The e2e's use of components/foundation/collisions.ts against the real LXD endpoint (tests/e2e/lan.sh):
 * reads a stack file through the program's config parser, optionally with some settings
 * overridden, reads the local endpoint over LXD's unix socket, and prints each collision as the preview would
 * name it ("bcm:<key> = <value>: <why>").
 *
 * Usage: collisions.ts <stack.yaml> ['{"bcmnetName": "bcme2e"}']
 * Exit: 0 no collision, 1 collisions (printed), 2 error.
 */
import * as fs from "fs";
import * as yaml from "js-yaml";
import { DEFAULTS, RawConfig, parseConfig } from "../../components/config";
import {
  findCollisions,
  localLxdSocket,
  readEndpointInventory,
  unixSocketGet,
} from "../../components/foundation/collisions";

async function main(): Promise<number> {
  const [file, overridesJson] = process.argv.slice(2);
  const stack = yaml.load(fs.readFileSync(file, "utf8")) as { config: Record<string, unknown> };
  const fromFile = Object.fromEntries(
    Object.entries(stack.config).map(([key, value]) => [key.replace(/^bcm:/, ""), value]),
  ) as Partial<RawConfig>;
  const overrides = (overridesJson ? JSON.parse(overridesJson) : {}) as Partial<RawConfig>;
  const config = parseConfig({ ...DEFAULTS, ...fromFile, ...overrides });
  // The local daemon over its unix socket, as the program reads it.
  const inventory = await readEndpointInventory(unixSocketGet(localLxdSocket()), config);
  const found = findCollisions(config, inventory);
  for (const c of found) console.log(`bcm:${c.key} = ${JSON.stringify(c.value)}: ${c.why}`);
  return found.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`collisions: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
