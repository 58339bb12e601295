import * as pulumi from "@pulumi/pulumi";
import * as yaml from "js-yaml";
import * as lxdClient from "../builders/lxd-client";
import { composeWithDigests } from "./index";
import { renderForKernel, swarmInitCommand, swarmNodeProvider } from "./provider";

const compose = `
services:
  web:
    image: bcm/hello
    ports: ["18080:8080", "53/udp", { target: 9000, published: 9000 }]
  other:
    image: library/debian:12
    deploy: { endpoint_mode: vip }
    ports: [{ target: 1, published: 2, mode: ingress }]
`;

describe("renderForKernel", () => {
  it("without ip_vs: dnsrr and host-mode ports unless the file chose", () => {
    const doc = yaml.load(renderForKernel(compose, false)) as {
      services: Record<string, { deploy?: { endpoint_mode?: string }; ports: unknown[] }>;
    };
    expect(doc.services.web.deploy?.endpoint_mode).toBe("dnsrr");
    expect(doc.services.web.ports).toEqual([
      { target: 8080, published: 18080, protocol: "tcp", mode: "host" },
      { target: 53, published: 53, protocol: "udp", mode: "host" },
      { mode: "host", target: 9000, published: 9000 },
    ]);
    expect(doc.services.other.deploy?.endpoint_mode).toBe("vip");
    expect(doc.services.other.ports).toEqual([{ target: 1, published: 2, mode: "ingress" }]);
  });
  it("with ip_vs: the file as written (with a version, which docker stack deploy needs)", () => {
    expect(yaml.load(renderForKernel(compose, true))).toEqual({
      version: "3.8",
      ...(yaml.load(compose) as object),
    });
  });
});

describe("composeWithDigests", () => {
  it("deploys an image of bcm:images by its digest, others as named", () => {
    const doc = yaml.load(
      composeWithDigests(compose, { "bcm/hello": "bcmnet:443/bcm/hello@sha256:" + "a".repeat(64) }),
    ) as { services: Record<string, { image: string }> };
    expect(doc.services.web.image).toBe("bcmnet:443/bcm/hello@sha256:" + "a".repeat(64));
    expect(doc.services.other.image).toBe("library/debian:12");
  });
});

describe("swarm nodes", () => {
  // No LXD here: the membership probe cannot ask, so it counts as unchanged.
  beforeAll(() => {
    process.env.LXD_SOCKET = "/nonexistent/lxd.socket";
  });
  afterAll(() => {
    delete process.env.LXD_SOCKET;
  });
  const base = { host: "builder2", role: "worker", leader: "builder1", generation: "g1", project: "p" };
  it("join again when the host's container or the leader's swarm is new", async () => {
    const olds = { ...base, leaderSwarm: "s1", nodeId: "n", address: "a", swarmId: "s1" } as never;
    expect((await swarmNodeProvider.diff!("id", olds, { ...base, leaderSwarm: "s1" })).changes).toBe(false);
    expect(
      (await swarmNodeProvider.diff!("id", olds, { ...base, generation: "g2", leaderSwarm: "s1" })).changes,
    ).toBe(true);
    expect((await swarmNodeProvider.diff!("id", olds, { ...base, leaderSwarm: "s2" })).changes).toBe(true);
  });
});

describe("the leader's address pool", () => {
  beforeAll(() => {
    process.env.LXD_SOCKET = "/nonexistent/lxd.socket";
  });
  afterAll(() => {
    delete process.env.LXD_SOCKET;
  });
  afterEach(() => jest.restoreAllMocks());

  const leader = {
    host: "builder1",
    role: "manager",
    leader: "builder1",
    generation: "g1",
    project: "p",
    addressPool: "172.30.0.0/16",
  };
  const olds = { ...leader, nodeId: "n1", address: "10.149.10.50", swarmId: "s1" };

  it("is the init command's --default-addr-pool, a /24 per overlay network", () => {
    expect(swarmInitCommand("10.149.10.50", "172.30.0.0/16")).toBe(
      "docker swarm init --advertise-addr 10.149.10.50 --listen-addr 10.149.10.50:2377 " +
        "--default-addr-pool 172.30.0.0/16 --default-addr-pool-mask-length 24 >/dev/null",
    );
  });

  it("changed, is a change of the leader, not a replacement", async () => {
    const diff = swarmNodeProvider.diff!;
    expect((await diff("id", olds as never, leader)).changes).toBe(false);
    expect(await diff("id", olds as never, { ...leader, addressPool: "192.168.128.0/18" })).toEqual({
      changes: true,
      replaces: [],
    });
  });

  /** The leader's dockerd, in a swarm until it leaves; every command it ran. */
  function fakeLeader(initial = "active n1 s1") {
    const commands: string[] = [];
    let swarm = initial;
    jest.spyOn(lxdClient, "exec").mockImplementation(async (_c, _p, _host, command) => {
      const script = command[command.length - 1];
      commands.push(script);
      let stdout = "";
      if (script.startsWith("ip -4")) stdout = "10.149.10.50";
      else if (script.startsWith("docker info --format")) stdout = swarm;
      else if (script.startsWith("docker swarm leave")) swarm = "inactive  ";
      else if (script.startsWith("docker swarm init")) swarm = "active n2 s2";
      return { exitCode: 0, stdout, stderr: "" };
    });
    return commands;
  }
  const swarmCommands = (commands: string[]) => commands.filter((c) => c.startsWith("docker swarm"));

  it("changed, makes a new swarm: the leader leaves the old one and initialises with the new pool", async () => {
    const commands = fakeLeader();
    const news = { ...leader, addressPool: "192.168.128.0/18" };
    const { outs } = await swarmNodeProvider.update!("id", olds as never, news as never);
    expect(swarmCommands(commands)).toEqual([
      "docker swarm leave --force >/dev/null",
      "docker swarm init --advertise-addr 10.149.10.50 --listen-addr 10.149.10.50:2377 " +
        "--default-addr-pool 192.168.128.0/18 --default-addr-pool-mask-length 24 >/dev/null",
    ]);
    // A new swarm ID: the other hosts (leaderSwarm) join it and the stacks (swarmId) go onto it.
    expect(outs).toMatchObject({ ...news, nodeId: "n2", swarmId: "s2" });
  });

  it("unchanged, keeps the swarm through another update (a new generation is a new container)", async () => {
    const commands = fakeLeader();
    const { outs } = await swarmNodeProvider.update!(
      "id",
      olds as never,
      { ...leader, generation: "g2" } as never,
    );
    expect(swarmCommands(commands)).toEqual([]);
    expect(outs).toMatchObject({ swarmId: "s1" });
  });

  it("asks for the new swarm from the SDK's serialization too (what the engine stores and runs)", async () => {
    const serialized = await pulumi.runtime.serializeFunction(() => swarmNodeProvider);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const requireFromString = require("require-from-string") as (code: string) => { handler: () => unknown };
    const provider = requireFromString(serialized.text).handler() as pulumi.dynamic.ResourceProvider;
    expect(await provider.diff!("id", olds, { ...leader, addressPool: "192.168.128.0/18" })).toEqual({
      changes: true,
      replaces: [],
    });
    expect(serialized.text).toContain("--default-addr-pool-mask-length");
  });

  it("a host that becomes the leader goes on in its swarm", async () => {
    const commands = fakeLeader();
    const follower = { ...olds, host: "builder1", role: "manager", leader: "builder0", leaderSwarm: "s1" };
    delete (follower as { addressPool?: string }).addressPool;
    const { outs } = await swarmNodeProvider.update!("id", follower as never, leader as never);
    expect(swarmCommands(commands)).toEqual([]);
    expect(outs).toMatchObject({ swarmId: "s1" });
  });

  it("a new leader container initialises with the pool", async () => {
    const commands = fakeLeader("inactive  ");
    await swarmNodeProvider.create!(leader as never);
    expect(swarmCommands(commands)).toEqual([
      "docker swarm init --advertise-addr 10.149.10.50 --listen-addr 10.149.10.50:2377 " +
        "--default-addr-pool 172.30.0.0/16 --default-addr-pool-mask-length 24 >/dev/null",
    ]);
  });
});
