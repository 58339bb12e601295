import * as pulumi from "@pulumi/pulumi";
import { revealSecrets } from "./mock-secrets";

/**
 * The whole program under Pulumi mocks with an LXD cluster as target (docs/cluster.md): which
 * member each instance, volume, pool and network is created on, and the per-member pending
 * definitions LXD needs before a pool or network can be created cluster-wide.
 */

interface Created {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}
const created: Created[] = [];

pulumi.runtime.setMocks(
  {
    newResource(args) {
      created.push({
        type: args.type,
        name: args.name,
        inputs: revealSecrets(args.inputs) as Record<string, unknown>,
      });
      // What the tls and random providers compute, as far as the program reads it.
      const state: Record<string, unknown> = {
        ...args.inputs,
        privateKeyPem: `-----BEGIN PRIVATE KEY-----\nFAKE-${args.name}\n-----END PRIVATE KEY-----\n`,
        certPem: `-----BEGIN CERTIFICATE-----\nFAKE-${args.name}\n-----END CERTIFICATE-----\n`,
        certRequestPem: `-----BEGIN CERTIFICATE REQUEST-----\nFAKE-${args.name}\n-----END CERTIFICATE REQUEST-----\n`,
        result: `password-of-${args.name}-0123456789abcdef`,
        hex: "0011223344556677",
        interfaces: {},
      };
      return { id: `${args.name}-id`, state };
    },
    call: (args) => args.inputs,
  },
  "bcm",
  "cluster",
  false,
);

pulumi.runtime.setAllConfig({
  "bcm:outsideMode": "macvlan",
  "bcm:outsideParentNic": "enp1s0",
  "bcm:bcmnetParentNic": "enp2s0",
  "bcm:storagePoolSource": "/srv/bcm-pool",
  "bcm:lxdProject": "bcm-cluster",
  "bcm:lxdClusterMembers": '["node1", "node2", "node3"]',
  "bcm:gatewayClusterMember": "node2",
  "bcm:dockerHosts": '["builder1", "builder2", "builder3"]',
  "bcm:dockerHostClusterMembers": '["builder2 node3", "builder3 @fast"]',
});

function value<T>(output: pulumi.Output<T> | pulumi.Input<T>): Promise<T> {
  return new Promise((resolve) => pulumi.output(output).apply((v) => resolve(v as T)));
}

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require("../index") as typeof import("../index");
  await value(program.gatewayOutsideAddress);
  await value(program.dockerHosts as unknown as pulumi.Output<string[]>);
  await new Promise((resolve) => setTimeout(resolve, 50));
});

function ofType(type: string): Created[] {
  return created.filter((r) => r.type === type);
}

function byName(type: string, name: string): Created {
  const found = ofType(type).filter((r) => r.name === name);
  expect(found.map((r) => r.name)).toEqual([name]);
  return found[0];
}

describe("LXD cluster placement", () => {
  it("pins the gateway to gatewayClusterMember", () => {
    expect(byName("lxd:index/instance:Instance", "gateway").inputs.target).toBe("node2");
  });

  it("puts every data volume on the gateway's member (local pools: a volume lives on one member)", () => {
    const volumes = ofType("lxd:index/volume:Volume");
    expect(volumes.map((v) => v.inputs.name).sort()).toEqual([
      "gateway-state",
      "registry-mirror",
      "registry-private",
      "squid-cache",
    ]);
    for (const volume of volumes)
      expect({ volume: volume.name, target: volume.inputs.target }).toEqual({
        volume: volume.name,
        target: "node2",
      });
  });

  it("pings an address before offering it: bcmnet is on a LAN, a static device may hold it", () => {
    const config = byName("lxd:index/instance:Instance", "gateway").inputs.config as Record<string, string>;
    const userData = config["cloud-init.user-data"];
    expect(userData).toContain("dhcp-authoritative");
    expect(userData).not.toMatch(/^\s*no-ping$/m);
  });

  it("places docker hosts as listed, and unlisted ones with the gateway", () => {
    const targets = Object.fromEntries(
      ofType("lxd:index/instance:Instance").map((i) => [i.inputs.name, i.inputs.target]),
    );
    expect(targets).toEqual({ gateway: "node2", builder1: "node2", builder2: "node3", builder3: "@fast" });
  });

  it("defines the pool on every member with the member-specific source, then creates it without", () => {
    const pools = ofType("lxd:index/storagePool:StoragePool");
    expect(pools.map((p) => [p.name, p.inputs.target ?? null, p.inputs.config])).toEqual([
      ["pool-node1", "node1", { source: "/srv/bcm-pool" }],
      ["pool-node2", "node2", { source: "/srv/bcm-pool" }],
      ["pool-node3", "node3", { source: "/srv/bcm-pool" }],
      ["pool", null, {}],
    ]);
    expect(new Set(pools.map((p) => p.inputs.name))).toEqual(new Set(["bcm"]));
  });

  it("defines bcmnet on every member with its LAN NIC, then creates it cluster-wide without", () => {
    const networks = ofType("lxd:index/network:Network");
    expect(networks.map((n) => [n.name, n.inputs.name, n.inputs.target ?? null, n.inputs.config])).toEqual([
      ["bcmnet-node1", "bcmnet", "node1", { "bridge.external_interfaces": "enp2s0" }],
      ["bcmnet-node2", "bcmnet", "node2", { "bridge.external_interfaces": "enp2s0" }],
      ["bcmnet-node3", "bcmnet", "node3", { "bridge.external_interfaces": "enp2s0" }],
      ["bcmnet", "bcmnet", null, { "ipv4.address": "none", "ipv6.address": "none" }],
    ]);
  });

  it("keeps project and profiles cluster-wide (no target)", () => {
    for (const type of ["lxd:index/project:Project", "lxd:index/profile:Profile"]) {
      for (const r of ofType(type))
        expect({ name: r.name, target: r.inputs.target }).toEqual({ name: r.name });
    }
  });
});
