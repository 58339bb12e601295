/**
 * Settings of the Docker swarm the docker hosts form, and of the Docker stacks deployed onto it:
 * how many of the hosts are managers, the address pool of its overlay networks, and which stacks
 * (each a compose file on the admin machine).
 */
import * as fs from "fs";
import * as ipaddr from "ipaddr.js";
import { load } from "js-yaml";
import * as path from "path";
import { PROJECT_ROOT } from "../builders/settings";
import { CONFIG_NAMESPACE, ConfigError } from "../config-error";
import { Ipv4Subnet, parseSubnet, subnetOf, subnetsOverlap } from "../net";
import { integer, list, text } from "../settings/define";

/** One Docker stack to deploy onto the swarm. */
export interface StackSpec {
  /** The docker stack name. */
  name: string;
  /** Absolute. */
  composeFile: string;
}

export interface SwarmSettings {
  /** The first `managers` of bcm:dockerHosts are managers, the rest workers. */
  managers: number;
  /** What `docker swarm init` allocates the overlay networks' /24 subnets from. */
  addressPool: Ipv4Subnet;
  stacks: StackSpec[];
}

const FORMAT = '"<name> <compose file>"';
/** A docker stack name: lower-case, since it prefixes the stack's services, networks and volumes. */
const STACK_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/** What a YAML document is, for a message saying it is not a mapping. */
function describe(document: unknown): string {
  if (document === undefined || document === null) return "empty";
  if (Array.isArray(document)) return "a list";
  return `a ${typeof document}`;
}

/**
 * One `bcm:stacks` item: "<name> <compose file>". Checks the meaning too: the compose file is a
 * regular file on this machine, is YAML, and declares at least one service.
 */
export function parseStackSpec(value: string, key: string): StackSpec {
  const tokens = value
    .trim()
    .split(/\s+/)
    .filter((t) => t !== "");
  if (tokens.length !== 2) {
    const why =
      tokens.length === 0
        ? "it is empty"
        : tokens.length === 1
          ? "the compose file is missing"
          : `it has ${tokens.length} fields (a compose file path cannot contain spaces)`;
    throw new ConfigError(key, value, `expected ${FORMAT}, e.g. "hello stacks/hello.yml" (${why})`);
  }
  const [name, fileText] = tokens;
  if (!STACK_NAME.test(name)) {
    throw new ConfigError(
      key,
      value,
      `stack name "${name}" is not a docker stack name: lower-case letters, digits, "_" and "-", starting with a letter or digit, at most 63 characters`,
    );
  }

  const composeFile = path.isAbsolute(fileText)
    ? path.normalize(fileText)
    : path.resolve(PROJECT_ROOT, fileText);
  const shown = fileText === composeFile ? `"${fileText}"` : `"${fileText}" (${composeFile})`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(composeFile);
  } catch {
    throw new ConfigError(key, value, `compose file ${shown} does not exist`);
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? "a directory" : "not a file";
    throw new ConfigError(key, value, `compose file ${shown} is ${what}, not a regular file`);
  }
  let text: string;
  try {
    text = fs.readFileSync(composeFile, "utf8");
  } catch (err) {
    throw new ConfigError(
      key,
      value,
      `compose file ${shown} cannot be read: ${(err as Error).message.split("\n")[0]}`,
    );
  }
  let document: unknown;
  try {
    document = load(text);
  } catch (err) {
    throw new ConfigError(
      key,
      value,
      `compose file ${shown} is not valid YAML: ${(err as Error).message.split("\n")[0]}`,
    );
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new ConfigError(
      key,
      value,
      `compose file ${shown} is ${describe(document)}, not a compose mapping with "services:"`,
    );
  }
  const services = (document as Record<string, unknown>).services;
  if (
    typeof services !== "object" ||
    services === null ||
    Array.isArray(services) ||
    Object.keys(services).length === 0
  ) {
    const what = services === undefined ? "has no services" : `has services: ${describe(services)}`;
    throw new ConfigError(
      key,
      value,
      `compose file ${shown} ${what}: expected a non-empty "services:" mapping (a stack needs at least one service)`,
    );
  }
  return { name, composeFile };
}

/** Each overlay network's subnet, carved out of the pool (`--default-addr-pool-mask-length`). */
export const OVERLAY_SUBNET_PREFIX = 24;
const POOL_PREFIX_MIN = 8;

/**
 * `bcm:swarmAddressPool`: an IPv4 CIDR (a network address) whose prefix leaves room for at least
 * one overlay network's /24, so from /8 to /24.
 */
export function parseAddressPool(value: string, key: string): Ipv4Subnet {
  const outOfRange = (prefixLength: number) =>
    prefixLength < POOL_PREFIX_MIN || prefixLength > OVERLAY_SUBNET_PREFIX;
  const refuse = () =>
    new ConfigError(
      key,
      value,
      `the prefix length must be between /${POOL_PREFIX_MIN} and /${OVERLAY_SUBNET_PREFIX}: each overlay network gets a /${OVERLAY_SUBNET_PREFIX} of the pool, so it must hold at least one`,
    );
  // The prefix first, so /25 to /32 get this reason rather than bcmnet's range (parseSubnet's).
  if (ipaddr.IPv4.isValidCIDRFourPartDecimal(value) && outOfRange(ipaddr.IPv4.parseCIDR(value)[1])) {
    throw refuse();
  }
  const pool = parseSubnet(key, value);
  if (outOfRange(pool.prefixLength)) throw refuse();
  return pool;
}

/** Docker's own bridges on every docker host: docker0, and docker_gwbridge (made by the swarm). */
const DOCKER_BRIDGES: { name: string; subnet: Ipv4Subnet }[] = [
  { name: "docker0, docker's default bridge", subnet: subnetOf("172.17.0.0", 16) },
  { name: "docker_gwbridge, the swarm's bridge to the host", subnet: subnetOf("172.18.0.0", 16) },
];

export const swarmSettings = {
  swarmManagers: integer(
    "hosts and data",
    1,
    "How many docker hosts are swarm managers: the first N of bcm:dockerHosts, the rest are workers. Odd (1, 3, 5 or 7: a raft quorum) and at most the number of docker hosts.",
    { min: 1, max: 7 },
  ),
  swarmAddressPool: text(
    "hosts and data",
    "172.30.0.0/16",
    "IPv4 pool the swarm's overlay networks get their subnets from, a /24 each (ingress too), so /8 to /24. Must not overlap bcmnetCidr, the NAT bridge's subnet (outsideBridgeAddress, nat-bridge mode), docker0 172.17.0.0/16 or docker_gwbridge 172.18.0.0/16. A change makes a new swarm: the leader is initialised anew, the other hosts rejoin, the stacks are redeployed.",
    parseAddressPool,
  ),
  stacks: list(
    "hosts and data",
    [],
    'Docker stacks deployed onto the docker hosts\' swarm: "<name> <compose file>", name a docker stack name (lower-case letters, digits, "_", "-"), compose file relative to the project or absolute, with a non-empty services mapping. A service image naming one of bcm:images by its name (e.g. bcm/hello) is deployed by that image\'s digest. Needs bcm:dockerHosts.',
    parseStackSpec,
  ),
};

/** The networks the docker hosts are on, which the swarm's address pool must stay clear of. */
export interface HostNetworks {
  bcmnet: Ipv4Subnet;
  /** nat-bridge mode: the outside NAT bridge's subnet and its outsideBridgeAddress. */
  natBridge?: { address: string; subnet: Ipv4Subnet };
}

/**
 * The typed swarm settings from the parsed ones. Refuses two stacks of one name (the key names
 * the second, its value the raw item), stacks without docker hosts, and, when there are docker
 * hosts, a manager count that is even or larger than their number, and an address pool that
 * overlaps bcmnet, the NAT bridge or docker's own bridges.
 */
export function toSwarmSettings(
  s: { swarmManagers: number; swarmAddressPool: Ipv4Subnet; stacks: StackSpec[] },
  rawStacks: readonly string[],
  dockerHosts: readonly string[],
  networks: HostNetworks,
): SwarmSettings {
  s.stacks.forEach((stack, j) => {
    const first = s.stacks.findIndex((other) => other.name === stack.name);
    if (first !== j) {
      throw new ConfigError(
        `stacks[${j}]`,
        rawStacks[j] ?? stack.name,
        `stack name "${stack.name}" is already used by stacks[${first}]: each stack needs a name of its own`,
      );
    }
  });
  if (s.stacks.length > 0 && dockerHosts.length === 0) {
    throw new ConfigError(
      "stacks",
      rawStacks,
      `stacks deploy onto the docker hosts' swarm, but ${CONFIG_NAMESPACE}:dockerHosts is empty: list at least one docker host, or remove the stacks`,
    );
  }
  const managers = s.swarmManagers;
  if (dockerHosts.length > 0) {
    if (managers > dockerHosts.length) {
      throw new ConfigError(
        "swarmManagers",
        managers,
        `is more than the number of docker hosts, ${dockerHosts.length} (${CONFIG_NAMESPACE}:dockerHosts: ${dockerHosts.join(", ")}): the managers are the first ${CONFIG_NAMESPACE}:swarmManagers of them, so at most ${dockerHosts.length}`,
      );
    }
    if (managers % 2 === 0) {
      const tolerated = managers / 2 - 1;
      throw new ConfigError(
        "swarmManagers",
        managers,
        `must be odd (1, 3, 5 or 7): the swarm works while a majority of its managers is up (raft quorum), so an even count tolerates no more failures than one less (${managers} managers survive ${tolerated} failure${tolerated === 1 ? "" : "s"}, as ${managers - 1} ${managers === 2 ? "does" : "do"})`,
      );
    }
    checkAddressPool(s.swarmAddressPool, networks);
  }
  return { managers, addressPool: s.swarmAddressPool, stacks: s.stacks };
}

/** An overlay subnet inside one of these would shadow it in the containers on that network. */
function checkAddressPool(pool: Ipv4Subnet, networks: HostNetworks): void {
  const refuse = (what: string) =>
    new ConfigError(
      "swarmAddressPool",
      pool.cidr,
      `overlaps ${what}: the overlay networks' /${OVERLAY_SUBNET_PREFIX} subnets are taken from the pool, and a service on one would not reach the addresses they shadow: choose a pool clear of it`,
    );
  if (subnetsOverlap(pool, networks.bcmnet)) {
    throw refuse(`bcmnetCidr ${networks.bcmnet.cidr}, bcmnet, which the docker hosts are on`);
  }
  const bridge = networks.natBridge;
  if (bridge !== undefined && subnetsOverlap(pool, bridge.subnet)) {
    throw refuse(
      `the NAT bridge's subnet ${bridge.subnet.cidr} (outsideBridgeAddress ${bridge.address}/${bridge.subnet.prefixLength})`,
    );
  }
  for (const { name, subnet } of DOCKER_BRIDGES) {
    if (subnetsOverlap(pool, subnet)) throw refuse(`${subnet.cidr}, ${name} on every docker host`);
  }
}
