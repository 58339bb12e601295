/**
 * Two stacks on one LXD endpoint: what LXD holds globally (projects, storage pools, networks and
 * the host's interfaces) must not be claimed by two stacks. `findCollisions` compares a stack's
 * config with what the endpoint already has (read from the LXD API by `readEndpointInventory`)
 * and names the setting of each collision, so a preview can stop before anything is created.
 *
 * Ownership is read from LXD's `used_by` lists: an object used by instances, profiles or volumes
 * of another project belongs to another stack (or to something that is not BCM's). An object used
 * by nothing, or only by this stack's own project, may be this stack's own from an earlier
 * `pulumi up`: that is not a collision. What cannot be told apart this way: another stack's BCM
 * project of the same name (both look alike); README "Two stacks on one endpoint" says what must
 * differ.
 */
import { ConfigError } from "../config-error";
import * as fs from "fs";
import * as http from "http";
import * as ipaddr from "ipaddr.js";
import { Ipv4Subnet, subnetOf, subnetsOverlap } from "../net";
import type { BcmConfig } from "../config";

/** The description the program gives its project (components/foundation/index.ts). */
export const BCM_PROJECT_DESCRIPTION = "Bitcoin Cache Machine (managed by Pulumi)";
/** The profile every BCM instance uses: a network used by it in some project is that stack's bcmnet. */
const BCM_PROFILE = "bcm-unprivileged";

export interface EndpointNetwork {
  name: string;
  /** bridge, macvlan, physical, unknown (a veth), loopback... */
  type: string;
  /** false: a host interface LXD does not manage */
  managed: boolean;
  config: Record<string, string>;
  /** LXD API paths, e.g. /1.0/instances/gateway?project=bcm-e2e */
  usedBy: string[];
  /** Only read for the stack's parent NICs: the addresses the interface carries. */
  addresses?: { family: string; address: string; netmask: string; scope: string }[];
}

export interface EndpointInventory {
  projects: { name: string; description: string }[];
  pools: { name: string; usedBy: string[] }[];
  networks: EndpointNetwork[];
}

export interface Collision {
  key: string;
  value: string;
  why: string;
}

/** The parts of a stack's config that name something LXD holds globally. */
export type CollisionConfig = Pick<BcmConfig, "lxd" | "storage" | "outside"> & {
  bcmnet: Pick<BcmConfig["bcmnet"], "name" | "parentNic">;
};

interface UsedBy {
  kind: string;
  name: string;
  project: string;
}

/** "/1.0/instances/gateway?project=p" -> instance gateway in project p (no project: default). */
export function parseUsedBy(entry: string): UsedBy {
  const url = new URL(entry, "http://lxd");
  const parts = url.pathname.split("/").filter((p) => p !== "");
  // 1.0, kind, name[, ...]: a volume is /1.0/storage-pools/<pool>/volumes/custom/<name>
  const kind =
    parts[1] === "storage-pools" && parts.length > 3 ? "volume" : (parts[1] ?? "").replace(/s$/, "");
  return {
    kind: kind === "instance" ? "instance" : kind,
    name: decodeURIComponent(parts[parts.length - 1] ?? ""),
    project: url.searchParams.get("project") ?? "default",
  };
}

function describe(users: UsedBy[]): string {
  const shown = users.slice(0, 3).map((u) => `${u.kind} ${u.name} in project ${u.project}`);
  return shown.join(", ") + (users.length > 3 ? ` and ${users.length - 3} more` : "");
}

/** Users of an object that belong to a project other than `project`. */
function foreignUsers(usedBy: string[], project: string): UsedBy[] {
  return usedBy.map(parseUsedBy).filter((u) => u.project !== project && u.kind !== "network");
}

/** The project whose BCM profile uses this network: it is that stack's bcmnet. */
function bcmnetOf(network: EndpointNetwork): string | undefined {
  return network.usedBy.map(parseUsedBy).find((u) => u.kind === "profile" && u.name === BCM_PROFILE)?.project;
}

function externalInterfaces(network: EndpointNetwork): string[] {
  return (network.config["bridge.external_interfaces"] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** An LXD network's ipv4.address ("10.0.3.1/24"; also "none", "auto", "") as a subnet, if any. */
function ipv4Subnet(value: string | undefined): Ipv4Subnet | undefined {
  if (value === undefined || !ipaddr.IPv4.isValidCIDRFourPartDecimal(value)) return undefined;
  const [, prefixLength] = ipaddr.IPv4.parseCIDR(value);
  return subnetOf(ipaddr.IPv4.networkAddressFromCIDR(value).toString(), prefixLength);
}

/** A network the stack creates under `key`: free, the stack's own, or another's. */
function networkNameCollision(
  key: string,
  name: string,
  project: string,
  networks: Map<string, EndpointNetwork>,
): Collision | undefined {
  const existing = networks.get(name);
  if (existing === undefined) return undefined;
  if (!existing.managed) {
    return {
      key,
      value: name,
      why: `the endpoint already has a network interface ${name} (${existing.type}) that LXD does not manage: the bridge needs a name no interface on the endpoint has`,
    };
  }
  if (existing.type !== "bridge") {
    return { key, value: name, why: `the endpoint already has an LXD ${existing.type} network of that name` };
  }
  const foreign = foreignUsers(existing.usedBy, project);
  if (foreign.length > 0) {
    return {
      key,
      value: name,
      why: `the endpoint's bridge ${name} is in use by ${describe(foreign)}, not by this stack's project ${project}: each stack needs a bridge name of its own`,
    };
  }
  return undefined;
}

/**
 * The collisions between this stack's config and what the endpoint already has, each naming the
 * setting to change. Empty when the stack can be deployed (or is already deployed) beside
 * whatever else the endpoint holds.
 */
export function findCollisions(config: CollisionConfig, inventory: EndpointInventory): Collision[] {
  const project = config.lxd.project;
  const networks = new Map(inventory.networks.map((n) => [n.name, n]));
  const collisions: Collision[] = [];
  const add = (c: Collision | undefined) => {
    if (c !== undefined) collisions.push(c);
  };

  // Project: one that BCM did not create is never ours.
  const existingProject = inventory.projects.find((p) => p.name === project);
  if (existingProject !== undefined && existingProject.description !== BCM_PROJECT_DESCRIPTION) {
    add({
      key: "lxdProject",
      value: project,
      why: `the endpoint already has a project ${project} that BCM did not create ("${existingProject.description}"); pulumi destroy would delete it`,
    });
  }

  // Storage pool.
  const pool = inventory.pools.find((p) => p.name === config.storage.pool);
  if (config.storage.create) {
    const foreign = pool === undefined ? [] : foreignUsers(pool.usedBy, project);
    if (foreign.length > 0) {
      add({
        key: "storagePool",
        value: config.storage.pool,
        why: `the endpoint's pool ${config.storage.pool} is in use by ${describe(foreign)}: give this stack a pool of its own, or share that one with storagePoolCreate: false (destroy then leaves it)`,
      });
    }
  } else if (pool === undefined) {
    add({
      key: "storagePool",
      value: config.storage.pool,
      why:
        "storagePoolCreate is false but the endpoint has no pool of that name (existing: " +
        (inventory.pools.map((p) => p.name).join(", ") || "none") +
        ")",
    });
  }

  // bcmnet's bridge.
  add(networkNameCollision("bcmnetName", config.bcmnet.name, project, networks));

  // bcmnet's LAN NIC: a NIC can be a port of one bridge only, and not a macvlan parent too.
  const lanNic = config.bcmnet.parentNic;
  if (lanNic !== "") {
    const nic = networks.get(lanNic);
    if (nic === undefined) {
      add({
        key: "bcmnetParentNic",
        value: lanNic,
        why: "the endpoint has no network interface of that name",
      });
    } else if (nic.managed) {
      add({
        key: "bcmnetParentNic",
        value: lanNic,
        why: `is an LXD ${nic.type} network${bcmnetOf(nic) ? ` (the bcmnet of project ${bcmnetOf(nic)})` : ""}, not a NIC to bridge onto a LAN`,
      });
    } else {
      const bridge = inventory.networks.find(
        (n) => n.managed && n.name !== config.bcmnet.name && externalInterfaces(n).includes(lanNic),
      );
      if (bridge !== undefined) {
        add({
          key: "bcmnetParentNic",
          value: lanNic,
          why: `is already bridged into the network ${bridge.name}${bcmnetOf(bridge) ? ` (the bcmnet of project ${bcmnetOf(bridge)})` : ""}: a NIC joins one bridge only, and two stacks' bcmnets on one LAN would share one L2 segment`,
        });
      }
      if (nic.usedBy.length > 0) {
        add({
          key: "bcmnetParentNic",
          value: lanNic,
          why: `is the parent of NICs of ${describe(nic.usedBy.map(parseUsedBy))} (another stack's outsideParentNic?): it cannot be a bridge port as well`,
        });
      }
      const address = (nic.addresses ?? []).find((a) => a.scope === "global");
      if (address !== undefined) {
        add({
          key: "bcmnetParentNic",
          value: lanNic,
          why: `carries the address ${address.address}/${address.netmask}: bridging it would cut the endpoint's own traffic through it; use a NIC without an address`,
        });
      }
    }
  }

  // The outside.
  if (config.outside.mode === "macvlan") {
    const parent = config.outside.parentNic;
    const nic = networks.get(parent);
    if (nic === undefined) {
      add({
        key: "outsideParentNic",
        value: parent,
        why: "the endpoint has no network interface of that name",
      });
    } else {
      const bcmnetProject = nic.managed ? bcmnetOf(nic) : undefined;
      if (bcmnetProject !== undefined) {
        add({
          key: "outsideParentNic",
          value: parent,
          why: `is the bcmnet of project ${bcmnetProject}: the gateway's outside would sit on that stack's trusted network`,
        });
      }
      const bridge = inventory.networks.find((n) => n.managed && externalInterfaces(n).includes(parent));
      if (bridge !== undefined) {
        add({
          key: "outsideParentNic",
          value: parent,
          why: `is bridged into the network ${bridge.name}${bcmnetOf(bridge) ? ` (bcmnetParentNic of project ${bcmnetOf(bridge)})` : ""}: the gateway's outside would sit on that LAN`,
        });
      }
      // Other stacks' macvlans on the same parent are fine: separate MAC addresses, one upstream.
    }
  } else {
    add(networkNameCollision("outsideBridgeName", config.outside.bridgeName, project, networks));
    const ours = config.outside.subnet;
    for (const n of inventory.networks) {
      if (!n.managed || n.name === config.outside.bridgeName) continue;
      const theirs = ipv4Subnet(n.config["ipv4.address"]);
      if (theirs !== undefined && subnetsOverlap(ours, theirs)) {
        add({
          key: "outsideBridgeAddress",
          value: `${config.outside.bridgeAddress}/${ours.prefixLength}`,
          why: `overlaps the endpoint's network ${n.name} (${n.config["ipv4.address"]}): the host would route one subnet to two bridges`,
        });
      }
    }
  }
  return collisions;
}

/** Stops the preview with one ConfigError naming the first collision's setting, listing all. */
export function checkCollisions(config: CollisionConfig, inventory: EndpointInventory): void {
  const found = findCollisions(config, inventory);
  if (found.length === 0) return;
  const [first, ...rest] = found;
  const more = rest.map((c) => `; also bcm:${c.key} = ${JSON.stringify(c.value)}: ${c.why}`).join("");
  throw new ConfigError(first.key, first.value, `another user of this LXD endpoint: ${first.why}${more}`);
}

/** A GET of the LXD API returning the response's metadata (`lxc query`, or the provider's client). */
export type LxdGet = (path: string) => Promise<unknown>;

/**
 * Reads what findCollisions needs from an LXD endpoint: projects, pools, networks (managed and
 * the host's interfaces), and the addresses of the stack's parent NICs.
 */
export async function readEndpointInventory(
  get: LxdGet,
  config: CollisionConfig,
): Promise<EndpointInventory> {
  const [projects, pools, networks] = (await Promise.all([
    get("/1.0/projects?recursion=1"),
    get("/1.0/storage-pools?recursion=1"),
    get("/1.0/networks?recursion=1"),
  ])) as [
    { name: string; description?: string }[],
    { name: string; used_by?: string[] | null }[],
    {
      name: string;
      type: string;
      managed: boolean;
      config?: Record<string, string>;
      used_by?: string[] | null;
    }[],
  ];
  const inventory: EndpointInventory = {
    projects: projects.map((p) => ({ name: p.name, description: p.description ?? "" })),
    pools: pools.map((p) => ({ name: p.name, usedBy: p.used_by ?? [] })),
    networks: networks.map((n) => ({
      name: n.name,
      type: n.type,
      managed: n.managed,
      config: n.config ?? {},
      usedBy: n.used_by ?? [],
    })),
  };
  const parents = [config.bcmnet.parentNic];
  for (const network of inventory.networks) {
    if (network.managed || !parents.includes(network.name)) continue;
    const state = (await get(`/1.0/networks/${encodeURIComponent(network.name)}/state`)) as {
      addresses?: EndpointNetwork["addresses"];
    };
    network.addresses = state.addresses ?? [];
  }
  return inventory;
}

/** The local LXD daemon's unix socket: $LXD_SOCKET, $LXD_DIR/unix.socket, the snap's, Debian's. */
export function localLxdSocket(env: NodeJS.ProcessEnv = process.env, exists = fs.existsSync): string {
  if (env.LXD_SOCKET) return env.LXD_SOCKET;
  if (env.LXD_DIR) return `${env.LXD_DIR}/unix.socket`;
  const snap = "/var/snap/lxd/common/lxd/unix.socket";
  return exists(snap) ? snap : "/var/lib/lxd/unix.socket";
}

/** GETs of the LXD API over a unix socket (the local daemon): the response's metadata. */
export function unixSocketGet(socketPath: string, timeoutMs = 15_000): LxdGet {
  return (path) =>
    new Promise((resolve, reject) => {
      const req = http.request({ socketPath, path, method: "GET", timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          let body: { metadata?: unknown; error?: string };
          try {
            body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
          } catch {
            return reject(new Error(`LXD ${socketPath} GET ${path}: HTTP ${res.statusCode}, no JSON`));
          }
          if (res.statusCode !== 200) {
            return reject(
              new Error(`LXD ${socketPath} GET ${path}: HTTP ${res.statusCode} ${body.error ?? ""}`),
            );
          }
          resolve(body.metadata);
        });
      });
      req.on("timeout", () =>
        req.destroy(new Error(`LXD ${socketPath} GET ${path}: no answer in ${timeoutMs} ms`)),
      );
      req.on("error", reject);
      req.end();
    });
}
