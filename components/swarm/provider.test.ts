import * as yaml from "js-yaml";
import { composeWithDigests } from "./index";
import { renderForKernel, swarmNodeProvider } from "./provider";

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
