/**
 * The swarm over the docker hosts, as two Pulumi dynamic providers speaking the LXD API (like the
 * image builders, components/builders/provider.ts, and for the same reason: they run unchanged
 * under the real engine, and the e2e's harness runs the same serialized providers):
 *
 * - SwarmNode, one per docker host: the first manager initialises the swarm, its overlay
 *   networks' subnets from bcm:swarmAddressPool; every other host joins it, as a manager or a
 *   worker. A changed pool is a new swarm: the leader leaves the old one and initialises anew.
 *   The join token is read from the leader through the LXD API at join time and handed to the
 *   host's dockerd in a root-only file, posted to its API socket: it is never in the stack
 *   state, a command line, the user-data or the logs. A replaced host
 *   (new container) joins again; the Down node it leaves behind is removed; a removed host's node
 *   is removed from the swarm.
 * - SwarmStack, one per bcm:stacks entry: `docker stack deploy` on the leader when the compose
 *   file (with images of bcm:images by digest) or the swarm changed, and only then; removed from
 *   the setting, `docker stack rm`.
 *
 * This kernel has no ip_vs: no service VIPs and no routing mesh. Where the leader has no
 * /proc/net/ip_vs, a service that does not choose its endpoint_mode gets dnsrr, and a published
 * port that does not choose its mode is published in host mode (renderForKernel); with ip_vs the
 * compose file is deployed as written.
 */
import * as pulumi from "@pulumi/pulumi";
import { exec, lxdCall, LxdConnection, pushFile, SETUP_WAIT } from "../builders/lxd-client";

export interface SwarmNodeInputs {
  connection: LxdConnection;
  project: string;
  /** The docker host (LXD instance) and its role. */
  host: string;
  role: "manager" | "worker";
  /** The first manager: it initialises the swarm and hands out the join tokens. */
  leader: string;
  /** Changes when the host's container is replaced: it must join again. */
  generation: string;
  /** Not the leader: the swarm the leader runs (a new swarm after a lone manager's replacement). */
  leaderSwarm?: string;
  /**
   * The leader: the CIDR the swarm allocates its overlay networks' /24 subnets from (its
   * --default-addr-pool). A swarm keeps the pool it was initialised with: a new one is a new swarm.
   */
  addressPool?: string;
}

export interface SwarmNodeOutputs extends SwarmNodeInputs {
  nodeId: string;
  address: string;
  swarmId: string;
}

type Run = (host: string, script: string, timeoutS?: number) => Promise<string>;

function runner(c: LxdConnection, project: string): Run {
  return async (host, script, timeoutS = 300) => {
    const r = await exec(c, project, host, ["sh", "-c", script], timeoutS);
    if (r.exitCode !== 0) {
      throw new Error(
        `swarm: on ${host}: exit ${r.exitCode}: ${(r.stdout + r.stderr).trim().split("\n").slice(-8).join("\n")}`,
      );
    }
    return r.stdout.trim();
  };
}

const DOCKER_READY =
  "for i in $(seq 1 120); do docker info >/dev/null 2>&1 && exit 0; sleep 1; done; docker info";
const ADDRESS = "ip -4 -o addr show dev eth0 scope global | awk '{print $4}' | cut -d/ -f1 | head -1";
// Outside a swarm .Swarm.Cluster is nil: the template must not look into it then.
const SWARM_STATE =
  "docker info --format '{{.Swarm.LocalNodeState}} {{.Swarm.NodeID}} {{if .Swarm.Cluster}}{{.Swarm.Cluster.ID}}{{end}}'";

async function ready(run: Run, host: string): Promise<string> {
  await run(host, SETUP_WAIT, 960);
  await run(host, DOCKER_READY, 150);
  const address = await run(host, ADDRESS);
  if (!address) throw new Error(`swarm: ${host} has no IPv4 address on bcmnet (eth0)`);
  return address;
}

async function swarmState(
  run: Run,
  host: string,
): Promise<{ state: string; nodeId: string; swarmId: string }> {
  const [state = "", nodeId = "", swarmId = ""] = (await run(host, SWARM_STATE)).split(" ");
  return { state, nodeId, swarmId };
}

/** Each overlay network's subnet out of the pool (OVERLAY_SUBNET_PREFIX of ./settings.ts). */
const OVERLAY_MASK_LENGTH = 24;

/**
 * The leader's `docker swarm init`: everything of the swarm on bcmnet (its control plane, gossip
 * and overlay data), the overlay networks' subnets from the pool (Docker's 10.0.0.0/8 without one).
 */
export function swarmInitCommand(address: string, addressPool: string | undefined): string {
  const pool =
    addressPool === undefined
      ? ""
      : ` --default-addr-pool ${addressPool} --default-addr-pool-mask-length ${OVERLAY_MASK_LENGTH}`;
  return `docker swarm init --advertise-addr ${address} --listen-addr ${address}:2377${pool} >/dev/null`;
}

/** The inputs whose change on the leader makes a new swarm, besides a new container. */
const NEW_SWARM = ["addressPool"] as const;

/**
 * The leader must leave the swarm it runs and initialise a new one: its pool changed (or it was
 * initialised before the pool was an input, with Docker's). A host that becomes the leader goes
 * on in the swarm it is in, as before.
 */
function needsNewSwarm(olds: SwarmNodeInputs, news: SwarmNodeInputs): boolean {
  return olds.host === olds.leader && news.host === news.leader && NEW_SWARM.some((k) => olds[k] !== news[k]);
}

/** `newSwarm`: the leader leaves the swarm it is in, if any, and initialises a new one. */
async function joinNode(inputs: SwarmNodeInputs, newSwarm = false): Promise<SwarmNodeOutputs> {
  const c = inputs.connection;
  const run = runner(c, inputs.project);
  const address = await ready(run, inputs.host);
  if (inputs.host === inputs.leader) {
    let s = await swarmState(run, inputs.host);
    if (newSwarm && s.state === "active") {
      // Its stacks and overlay networks go with it; the other hosts join the new swarm when they
      // see its ID (leaderSwarm), the stacks are deployed on it when they see it (swarmId).
      await run(inputs.host, "docker swarm leave --force >/dev/null");
      s = await swarmState(run, inputs.host);
    }
    if (s.state !== "active") {
      await run(inputs.host, swarmInitCommand(address, inputs.addressPool));
      s = await swarmState(run, inputs.host);
    }
    return { ...inputs, nodeId: s.nodeId, address, swarmId: s.swarmId };
  }
  const leader = await swarmState(run, inputs.leader);
  if (leader.state !== "active")
    throw new Error(`swarm: the leader ${inputs.leader} is not in a swarm (${leader.state})`);
  let s = await swarmState(run, inputs.host);
  // A worker's dockerd does not know the cluster's ID: it is a member when the leader lists it.
  const known = async (nodeId: string) =>
    nodeId !== "" &&
    (await exec(c, inputs.project, inputs.leader, ["docker", "node", "inspect", nodeId], 60)).exitCode === 0;
  if (s.state !== "active" || !(await known(s.nodeId))) {
    const leaderAddress = await run(inputs.leader, ADDRESS);
    const token = await run(inputs.leader, `docker swarm join-token -q ${inputs.role}`);
    if (s.state === "active") await run(inputs.host, "docker swarm leave --force >/dev/null");
    const request = JSON.stringify({
      ListenAddr: `${address}:2377`,
      AdvertiseAddr: address,
      RemoteAddrs: [`${leaderAddress}:2377`],
      JoinToken: token,
    });
    // Root-only, posted to dockerd's own socket, removed at once.
    await pushFile(c, inputs.project, inputs.host, "/root/.bcm-swarm-join.json", Buffer.from(request), 0o600);
    await run(
      inputs.host,
      "out=$(curl -sS --unix-socket /var/run/docker.sock -H 'Content-Type: application/json' " +
        "-d @/root/.bcm-swarm-join.json -w ' HTTP %{http_code}' http://docker/swarm/join); " +
        'rm -f /root/.bcm-swarm-join.json; case "$out" in *"HTTP 200") ;; *) echo "$out"; exit 1 ;; esac',
      120,
    );
    s = await swarmState(run, inputs.host);
  }
  // A container this host replaced left its node behind, Down: remove it (same hostname).
  await run(
    inputs.leader,
    `docker node ls --format '{{.ID}} {{.Hostname}} {{.Status}}' | ` +
      `awk -v h=${inputs.host} -v me=${s.nodeId} '$2 == h && $1 != me && $3 == "Down" {print $1}' | ` +
      "xargs -r docker node rm --force >/dev/null",
  );
  return { ...inputs, nodeId: s.nodeId, address, swarmId: leader.swarmId };
}

/** "member" when the host's dockerd is the node the leader lists, "left" when not, else "unknown". */
async function membership(o: SwarmNodeOutputs): Promise<"member" | "left" | "unknown"> {
  try {
    const run = runner(o.connection, o.project);
    const state = await lxdCall(
      o.connection,
      "GET",
      `/1.0/instances/${o.host}/state?project=${encodeURIComponent(o.project)}`,
    );
    const status = (JSON.parse(state.body.toString("utf8")) as { metadata?: { status?: string } }).metadata
      ?.status;
    if (state.status !== 200 || status !== "Running") return "unknown";
    // Running and answering: the usual case, two quick questions. A container just (re-)created is
    // still setting up: its answer is worth the wait.
    let s: { state: string; nodeId: string; swarmId: string };
    try {
      s = await swarmState(run, o.host);
    } catch {
      await ready(run, o.host);
      s = await swarmState(run, o.host);
    }
    if (s.state !== "active") return "left";
    if (o.host === o.leader) return "member";
    const listed = await exec(o.connection, o.project, o.leader, ["docker", "node", "inspect", s.nodeId], 60);
    return listed.exitCode === 0 ? "member" : "left";
  } catch {
    return "unknown";
  }
}

async function instanceExists(c: LxdConnection, project: string, host: string): Promise<boolean> {
  const r = await exec(c, project, host, ["true"], 30).catch(() => undefined);
  return r?.exitCode === 0;
}

export const swarmNodeProvider: pulumi.dynamic.ResourceProvider = {
  async create(inputs: SwarmNodeInputs) {
    const outs = await joinNode(inputs);
    return { id: `${inputs.host}`, outs };
  },
  async diff(_id: string, olds: SwarmNodeOutputs, news: SwarmNodeInputs) {
    // A changed addressPool is an update too, not a replacement: update() makes the new swarm
    // (needsNewSwarm), as it does for a leader whose container is new.
    const keys = ["host", "role", "leader", "generation", "project", "leaderSwarm", ...NEW_SWARM] as const;
    const changed = keys.filter((k) => olds[k] !== news[k]);
    const replaces = changed.filter((k) => k === "host" || k === "project");
    if (changed.length > 0) return { changes: true, replaces };
    // Same inputs, but is the host still the member it was? A container re-created with the same
    // config (after a refresh found it gone) is a new dockerd outside the swarm: it joins again.
    // A host that cannot be asked (stopped) counts as unchanged.
    return { changes: (await membership(olds)) === "left", replaces: [] };
  },
  async update(_id: string, olds: SwarmNodeOutputs, news: SwarmNodeInputs) {
    return { outs: await joinNode(news, needsNewSwarm(olds, news)) };
  },
  async delete(_id: string, props: SwarmNodeOutputs) {
    const c = props.connection;
    const run = runner(c, props.project);
    if (props.host !== props.leader && (await instanceExists(c, props.project, props.leader))) {
      await run(props.leader, `docker node rm --force ${props.nodeId} >/dev/null 2>&1 || true`);
    }
    if (await instanceExists(c, props.project, props.host)) {
      await run(props.host, "docker swarm leave --force >/dev/null 2>&1 || true");
    }
  },
};

export class SwarmNode extends pulumi.dynamic.Resource {
  declare public readonly nodeId: pulumi.Output<string>;
  declare public readonly address: pulumi.Output<string>;
  declare public readonly swarmId: pulumi.Output<string>;

  constructor(
    name: string,
    args: { [K in keyof SwarmNodeInputs]: pulumi.Input<SwarmNodeInputs[K]> },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(
      swarmNodeProvider,
      name,
      { ...args, nodeId: undefined, address: undefined, swarmId: undefined },
      opts,
    );
  }
}

export interface SwarmStackInputs {
  connection: LxdConnection;
  project: string;
  leader: string;
  name: string;
  /** The project's compose file, for messages. */
  composeFile: string;
  /** Its text with images of bcm:images replaced by their digests. */
  compose: string;
  /** The swarm it runs on: a new swarm gets the stack again. */
  swarmId: string;
}

/** The compose file for this kernel: without ip_vs, dnsrr and host-mode ports unless chosen. */
export function renderForKernel(compose: string, hasIpvs: boolean): string {
  // Required here, not imported: the provider is serialized with what it captures, and a module
  // from node_modules is best captured as a require (under jest, an imported one is not found in
  // the module cache and would be serialized by value).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yaml = require("js-yaml") as typeof import("js-yaml");
  const doc = yaml.load(compose) as { version?: unknown; services?: Record<string, Record<string, unknown>> };
  // docker stack deploy (20.10) wants a version; the Compose Specification dropped it.
  if (doc.version === undefined) doc.version = "3.8";
  if (hasIpvs) return yaml.dump(doc, { lineWidth: -1, noRefs: true });
  for (const service of Object.values(doc.services ?? {})) {
    const deploy = (service.deploy ?? {}) as Record<string, unknown>;
    if (deploy.endpoint_mode === undefined) service.deploy = { ...deploy, endpoint_mode: "dnsrr" };
    if (Array.isArray(service.ports)) {
      service.ports = service.ports.map((p: unknown) => {
        if (typeof p === "object" && p !== null) return { mode: "host", ...(p as object) };
        const m = /^(?:(\d+):)?(\d+)(?:\/(tcp|udp))?$/.exec(String(p));
        if (!m) return p;
        return {
          target: Number(m[2]),
          published: Number(m[1] ?? m[2]),
          protocol: m[3] ?? "tcp",
          mode: "host",
        };
      });
    }
  }
  return yaml.dump(doc, { lineWidth: -1, noRefs: true });
}

async function deployStack(inputs: SwarmStackInputs): Promise<SwarmStackInputs> {
  const c = inputs.connection;
  const ipvs = await exec(c, inputs.project, inputs.leader, ["test", "-e", "/proc/net/ip_vs"], 30);
  const compose = renderForKernel(inputs.compose, ipvs.exitCode === 0);
  const path = `/root/bcm-stacks/${inputs.name}.yml`;
  await pushFile(c, inputs.project, inputs.leader, path, Buffer.from(compose), 0o600);
  const r = await exec(
    c,
    inputs.project,
    inputs.leader,
    ["docker", "stack", "deploy", "--prune", "-c", path, inputs.name],
    600,
  );
  if (r.exitCode !== 0) {
    throw new Error(
      `stack ${inputs.name} (${inputs.composeFile}): docker stack deploy refused it: ${(r.stdout + r.stderr).trim().split("\n").slice(-10).join("\n")}`,
    );
  }
  return inputs;
}

export const swarmStackProvider: pulumi.dynamic.ResourceProvider = {
  async create(inputs: SwarmStackInputs) {
    return { id: inputs.name, outs: await deployStack(inputs) };
  },
  async diff(_id: string, olds: SwarmStackInputs, news: SwarmStackInputs) {
    const changed =
      olds.compose !== news.compose || olds.swarmId !== news.swarmId || olds.leader !== news.leader;
    return { changes: changed || olds.name !== news.name, replaces: olds.name !== news.name ? ["name"] : [] };
  },
  async update(_id: string, _olds: SwarmStackInputs, news: SwarmStackInputs) {
    return { outs: await deployStack(news) };
  },
  async delete(_id: string, props: SwarmStackInputs) {
    const c = props.connection;
    if (await instanceExists(c, props.project, props.leader)) {
      await runner(c, props.project)(props.leader, `docker stack rm ${props.name} >/dev/null 2>&1 || true`);
    }
  },
};

export class SwarmStack extends pulumi.dynamic.Resource {
  constructor(
    name: string,
    args: { [K in keyof SwarmStackInputs]: pulumi.Input<SwarmStackInputs[K]> },
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(swarmStackProvider, name, { ...args }, opts);
  }
}
