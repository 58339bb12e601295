import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { ConfigError, DEFAULTS, RawConfig, parseConfig } from "../config";
import {
  BCM_PROJECT_DESCRIPTION,
  EndpointInventory,
  EndpointNetwork,
  checkCollisions,
  findCollisions,
  localLxdSocket,
  parseUsedBy,
  readEndpointInventory,
  unixSocketGet,
} from "./collisions";

/** The e2e stack (project bcm-e2e, bridge bcme2e, macvlan on bcmout0) as this LXD 5.0.2 lists it. */
const E2E_USERS = [
  "/1.0/profiles/bcm-privileged?project=bcm-e2e",
  "/1.0/profiles/bcm-unprivileged?project=bcm-e2e",
  "/1.0/instances/builder1?project=bcm-e2e",
  "/1.0/instances/gateway?project=bcm-e2e",
];
function endpoint(extra: Partial<EndpointInventory> = {}): EndpointInventory {
  const networks: EndpointNetwork[] = [
    {
      name: "bcme2e",
      type: "bridge",
      managed: true,
      config: { "ipv4.address": "none", "ipv6.address": "none" },
      usedBy: E2E_USERS,
    },
    { name: "lo", type: "loopback", managed: false, config: {}, usedBy: [] },
    {
      name: "eth0",
      type: "physical",
      managed: false,
      config: {},
      usedBy: [],
      addresses: [{ family: "inet", address: "192.0.2.2", netmask: "24", scope: "global" }],
    },
    {
      name: "bcmout0",
      type: "unknown",
      managed: false,
      config: {},
      usedBy: ["/1.0/instances/gateway?project=bcm-e2e"],
    },
    { name: "bcmlan0", type: "unknown", managed: false, config: {}, usedBy: [], addresses: [] },
  ];
  return {
    projects: [
      { name: "default", description: "Default LXD project" },
      { name: "bcm-e2e", description: BCM_PROJECT_DESCRIPTION },
    ],
    pools: [
      {
        name: "bcm-e2e",
        usedBy: [
          "/1.0/instances/gateway?project=bcm-e2e",
          "/1.0/storage-pools/bcm-e2e/volumes/custom/squid-cache?project=bcm-e2e",
        ],
      },
    ],
    networks,
    ...extra,
  };
}

const e2e: Partial<RawConfig> = {
  lxdProject: "bcm-e2e",
  storagePool: "bcm-e2e",
  bcmnetName: "bcme2e",
  bcmnetCidr: "10.149.10.0/24",
  outsideMode: "macvlan",
  outsideParentNic: "bcmout0",
};
const lan: Partial<RawConfig> = {
  lxdProject: "bcm-e2e-lan",
  storagePool: "bcm-e2e-lan",
  bcmnetName: "bcme2elan",
  bcmnetCidr: "10.149.30.0/24",
  bcmnetParentNic: "bcmlan0",
  outsideMode: "macvlan",
  outsideParentNic: "bcmout0",
};
const config = (overrides: Partial<RawConfig>) => parseConfig({ ...DEFAULTS, ...overrides });
const keys = (overrides: Partial<RawConfig>, inventory = endpoint()) =>
  findCollisions(config(overrides), inventory).map((c) => c.key);

describe("parseUsedBy", () => {
  it("reads kind, name and project from LXD's used_by paths", () => {
    expect(parseUsedBy("/1.0/instances/gateway?project=bcm-e2e")).toEqual({
      kind: "instance",
      name: "gateway",
      project: "bcm-e2e",
    });
    expect(parseUsedBy("/1.0/storage-pools/p/volumes/custom/squid-cache?project=x")).toEqual({
      kind: "volume",
      name: "squid-cache",
      project: "x",
    });
    expect(parseUsedBy("/1.0/profiles/default")).toEqual({
      kind: "profile",
      name: "default",
      project: "default",
    });
  });
});

describe("findCollisions", () => {
  it("finds none for a stack whose objects are its own (a second pulumi up)", () => {
    expect(findCollisions(config(e2e), endpoint())).toEqual([]);
  });
  it("finds none for a second stack with its own project, pool, bridge and LAN NIC on a shared macvlan parent", () => {
    expect(findCollisions(config(lan), endpoint())).toEqual([]);
  });
  it("names bcmnetName when another stack's project uses the bridge", () => {
    const found = findCollisions(config({ ...lan, bcmnetName: "bcme2e" }), endpoint());
    expect(found.map((c) => c.key)).toEqual(["bcmnetName"]);
    expect(found[0].why).toMatch(/in use by profile bcm-privileged in project bcm-e2e/);
    expect(found[0].why).toMatch(/not by this stack's project bcm-e2e-lan/);
  });
  it("names bcmnetName when it is a host interface LXD does not manage", () => {
    const found = findCollisions(config({ ...lan, bcmnetName: "eth0" }), endpoint());
    expect(found.map((c) => c.key)).toEqual(["bcmnetName"]);
    expect(found[0].why).toMatch(/network interface eth0 \(physical\) that LXD does not manage/);
  });
  it("names storagePool when another project uses the pool it would create, and accepts sharing it", () => {
    expect(keys({ ...lan, storagePool: "bcm-e2e" })).toEqual(["storagePool"]);
    expect(keys({ ...lan, storagePool: "bcm-e2e", storagePoolCreate: false })).toEqual([]);
  });
  it("names storagePool when an existing pool is to be used but there is none", () => {
    const found = findCollisions(config({ ...lan, storagePoolCreate: false }), endpoint());
    expect(found.map((c) => c.key)).toEqual(["storagePool"]);
    expect(found[0].why).toMatch(/no pool of that name \(existing: bcm-e2e\)/);
  });
  it("names lxdProject when the project exists and BCM did not create it", () => {
    const inventory = endpoint();
    inventory.projects.push({ name: "bcm-e2e-lan", description: "someone's web servers" });
    expect(keys(lan, inventory)).toEqual(["lxdProject"]);
  });
  it("names bcmnetParentNic when the NIC is missing, another stack's macvlan parent, or has an address", () => {
    expect(keys({ ...lan, bcmnetParentNic: "enp9s0" })).toEqual(["bcmnetParentNic"]);
    // bcmout0 is the e2e stack's outside parent; lan's own outside must move off it for this case.
    const found = findCollisions(
      config({ ...lan, bcmnetParentNic: "bcmout0", outsideParentNic: "eth0" }),
      endpoint(),
    );
    expect(found.map((c) => c.key)).toEqual(["bcmnetParentNic"]);
    expect(found[0].why).toMatch(/parent of NICs of instance gateway in project bcm-e2e/);
    const withAddress = findCollisions(config({ ...lan, bcmnetParentNic: "eth0" }), endpoint());
    expect(withAddress.map((c) => c.key)).toEqual(["bcmnetParentNic"]);
    expect(withAddress[0].why).toMatch(/carries the address 192.0.2.2\/24/);
  });
  it("names bcmnetParentNic when another bridge already takes the NIC in, but not for this stack's own bridge", () => {
    const inventory = endpoint();
    inventory.networks.push({
      name: "bcmother",
      type: "bridge",
      managed: true,
      config: { "bridge.external_interfaces": "bcmlan0" },
      usedBy: ["/1.0/profiles/bcm-unprivileged?project=other"],
    });
    const found = findCollisions(config(lan), inventory);
    expect(found.map((c) => c.key)).toEqual(["bcmnetParentNic"]);
    expect(found[0].why).toMatch(/already bridged into the network bcmother \(the bcmnet of project other\)/);
    // The same bridge as this stack's own bcmnet (an earlier pulumi up): no collision.
    Object.assign(
      inventory.networks.find((n) => n.name === "bcmother")!,
      {
        name: "bcme2elan",
        usedBy: ["/1.0/profiles/bcm-unprivileged?project=bcm-e2e-lan"],
      },
    );
    expect(keys(lan, inventory)).toEqual([]);
  });
  it("names bcmnetParentNic when it is an LXD network", () => {
    const found = findCollisions(config({ ...lan, bcmnetParentNic: "bcme2e" }), endpoint());
    expect(found.map((c) => c.key)).toEqual(["bcmnetParentNic"]);
    expect(found[0].why).toMatch(/LXD bridge network \(the bcmnet of project bcm-e2e\)/);
  });
  it("names outsideParentNic when it is another stack's bcmnet or bridged into one, or missing", () => {
    const onBcmnet = findCollisions(config({ ...lan, outsideParentNic: "bcme2e" }), endpoint());
    expect(onBcmnet.map((c) => c.key)).toEqual(["outsideParentNic"]);
    expect(onBcmnet[0].why).toMatch(/is the bcmnet of project bcm-e2e/);
    const inventory = endpoint();
    inventory.networks.push({
      name: "bcmother",
      type: "bridge",
      managed: true,
      config: { "bridge.external_interfaces": "eth0" },
      usedBy: ["/1.0/profiles/bcm-unprivileged?project=other"],
    });
    const bridged = findCollisions(config({ ...lan, outsideParentNic: "eth0" }), inventory);
    expect(bridged.map((c) => c.key)).toEqual(["outsideParentNic"]);
    expect(bridged[0].why).toMatch(/bridged into the network bcmother \(bcmnetParentNic of project other\)/);
    expect(keys({ ...lan, outsideParentNic: "enp9s0" })).toEqual(["outsideParentNic"]);
  });
  it("names the NAT bridge's name and address when another network has them", () => {
    const inventory = endpoint();
    inventory.networks.push({
      name: "bcmout",
      type: "bridge",
      managed: true,
      config: { "ipv4.address": "10.148.20.1/24", "ipv4.nat": "true" },
      usedBy: ["/1.0/instances/gateway?project=bcm"],
    });
    const nat = { ...lan, outsideMode: "nat-bridge", bcmnetParentNic: "" };
    const found = findCollisions(config(nat), inventory);
    expect(found.map((c) => c.key)).toEqual(["outsideBridgeName"]);
    expect(found[0].why).toMatch(/instance gateway in project bcm/);
    const renamed = findCollisions(config({ ...nat, outsideBridgeName: "bcmout2" }), inventory);
    expect(renamed.map((c) => c.key)).toEqual(["outsideBridgeAddress"]);
    expect(renamed[0].why).toMatch(/overlaps the endpoint's network bcmout \(10.148.20.1\/24\)/);
    expect(
      keys({ ...nat, outsideBridgeName: "bcmout2", outsideBridgeAddress: "10.148.21.1/24" }, inventory),
    ).toEqual([]);
  });
});

describe("checkCollisions", () => {
  it("throws a ConfigError naming the first setting and listing every collision", () => {
    let error: unknown;
    try {
      checkCollisions(config({ ...lan, bcmnetName: "bcme2e", storagePool: "bcm-e2e" }), endpoint());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('bcm:storagePool = "bcm-e2e"');
    expect(message).toContain('also bcm:bcmnetName = "bcme2e"');
  });
  it("passes when nothing collides", () => {
    expect(() => checkCollisions(config(lan), endpoint())).not.toThrow();
  });
});

describe("readEndpointInventory", () => {
  it("reads projects, pools, networks and the LAN NIC's addresses from the LXD API", async () => {
    const asked: string[] = [];
    const api: Record<string, unknown> = {
      "/1.0/projects?recursion=1": [{ name: "default", description: "Default LXD project", used_by: [] }],
      "/1.0/storage-pools?recursion=1": [{ name: "bcm-e2e", driver: "dir", used_by: null }],
      "/1.0/networks?recursion=1": [
        { name: "eth0", type: "physical", managed: false, config: {}, used_by: null },
        { name: "bcmlan0", type: "unknown", managed: false, config: {}, used_by: null },
        { name: "bcmout0", type: "unknown", managed: false, config: {}, used_by: null },
      ],
      "/1.0/networks/bcmlan0/state": {
        addresses: [{ family: "inet", address: "10.1.1.1", netmask: "24", scope: "global" }],
      },
    };
    const inventory = await readEndpointInventory(async (path) => {
      asked.push(path);
      if (!(path in api)) throw new Error(`unexpected ${path}`);
      return api[path];
    }, config(lan));
    expect(asked.sort()).toEqual(Object.keys(api).sort());
    expect(inventory.pools).toEqual([{ name: "bcm-e2e", usedBy: [] }]);
    expect(inventory.networks.find((n) => n.name === "bcmlan0")?.addresses?.[0].address).toBe("10.1.1.1");
    expect(findCollisions(config(lan), inventory).map((c) => c.key)).toEqual(["bcmnetParentNic"]);
  });
});

describe("the local daemon's socket", () => {
  it("is $LXD_SOCKET, else $LXD_DIR/unix.socket, else the snap's if present, else Debian's", () => {
    expect(localLxdSocket({ LXD_SOCKET: "/x.sock", LXD_DIR: "/d" })).toBe("/x.sock");
    expect(localLxdSocket({ LXD_DIR: "/d" })).toBe("/d/unix.socket");
    expect(localLxdSocket({}, () => true)).toBe("/var/snap/lxd/common/lxd/unix.socket");
    expect(localLxdSocket({}, () => false)).toBe("/var/lib/lxd/unix.socket");
  });

  it("is read with GETs returning the metadata, and an LXD error is an error", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-lxd-"));
    const socketPath = path.join(dir, "unix.socket");
    const server = http.createServer((req, res) => {
      if (req.url === "/1.0/projects?recursion=1") {
        res.end(JSON.stringify({ type: "sync", metadata: [{ name: "default", description: "d" }] }));
      } else {
        res.statusCode = 404;
        res.end(JSON.stringify({ type: "error", error: "not found", error_code: 404 }));
      }
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const get = unixSocketGet(socketPath);
      await expect(get("/1.0/projects?recursion=1")).resolves.toEqual([
        { name: "default", description: "d" },
      ]);
      await expect(get("/1.0/nothing")).rejects.toThrow(/HTTP 404 not found/);
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
