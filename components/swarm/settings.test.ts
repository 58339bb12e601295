import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PROJECT_ROOT } from "../builders/settings";
import { DEFAULTS, RawConfig, parseConfig } from "../config";
import { configErrorOf } from "../../tests/config-error-of";

let tmp: string;
/** A compose file with two services. */
let compose: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-swarm-settings-"));
  compose = path.join(tmp, "hello.yml");
  fs.writeFileSync(
    compose,
    "services:\n  web:\n    image: bcm/hello\n  cache:\n    image: redis:7\nnetworks:\n  default: {}\n",
  );
  fs.writeFileSync(path.join(tmp, "bad-yaml.yml"), "services:\n  web:\n    image: [unclosed\n");
  fs.writeFileSync(path.join(tmp, "no-services.yml"), "networks:\n  default: {}\n");
  fs.writeFileSync(path.join(tmp, "empty-services.yml"), "services: {}\n");
  fs.writeFileSync(path.join(tmp, "list-services.yml"), "services:\n  - web\n");
  fs.writeFileSync(path.join(tmp, "empty.yml"), "");
  fs.writeFileSync(path.join(tmp, "list.yml"), "- services\n");
  fs.mkdirSync(path.join(tmp, "a-directory.yml"));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HOSTS = ["docker1", "docker2", "docker3"];
const base: RawConfig = {
  ...DEFAULTS,
  outsideMode: "macvlan",
  outsideParentNic: "enp1s0",
  dockerHosts: HOSTS,
};

function parse(overrides: Partial<RawConfig>) {
  return parseConfig({ ...base, ...overrides });
}

/** Asserts a ConfigError naming the key and the value, and saying why. */
function expectRejected(overrides: Partial<RawConfig>, key: string, value: unknown, reason: RegExp) {
  const error = configErrorOf(() => parse(overrides));
  const message = error.message;
  expect(error.key).toBe(key);
  expect(message).toContain(`bcm:${key} = ${JSON.stringify(value)}: `);
  expect(message).toMatch(reason);
  return message;
}

/** One bad `bcm:stacks` item, refused as stacks[0] with the item as the value. */
function expectStackRejected(item: string, reason: RegExp) {
  return expectRejected({ stacks: [item] }, "stacks[0]", item, reason);
}

const DEFAULT_POOL = {
  cidr: "172.30.0.0/16",
  networkAddress: "172.30.0.0",
  broadcastAddress: "172.30.255.255",
  prefixLength: 16,
  netmask: "255.255.0.0",
};

describe("defaults", () => {
  it("one manager, the pool 172.30.0.0/16, no stacks", () => {
    expect(DEFAULTS.swarmManagers).toBe(1);
    expect(DEFAULTS.swarmAddressPool).toBe("172.30.0.0/16");
    expect(DEFAULTS.stacks).toEqual([]);
    expect(parse({}).swarm).toEqual({ managers: 1, addressPool: DEFAULT_POOL, stacks: [] });
  });

  it("hold without any docker host (the default)", () => {
    expect(DEFAULTS.dockerHosts).toEqual([]);
    expect(parse({ dockerHosts: [] }).swarm).toEqual({ managers: 1, addressPool: DEFAULT_POOL, stacks: [] });
  });
});

describe("swarmAddressPool", () => {
  it("accepts a custom pool, parsed", () => {
    expect(parse({ swarmAddressPool: "192.168.128.0/18" }).swarm.addressPool).toEqual({
      cidr: "192.168.128.0/18",
      networkAddress: "192.168.128.0",
      broadcastAddress: "192.168.191.255",
      prefixLength: 18,
      netmask: "255.255.192.0",
    });
  });

  it.each(["10.0.0.0/8", "172.31.7.0/24"])("accepts %s, /8 and /24 the bounds", (pool) => {
    expect(parse({ bcmnetCidr: "192.168.50.0/24", swarmAddressPool: pool }).swarm.addressPool.cidr).toBe(
      pool,
    );
  });

  it.each(["172.30.0.0/25", "172.30.0.0/29", "172.30.0.0/32", "172.0.0.0/7"])(
    "refuses %s: the prefix must leave room for one /24",
    (pool) => {
      expectRejected(
        { swarmAddressPool: pool },
        "swarmAddressPool",
        pool,
        /prefix length must be between \/8 and \/24: each overlay network gets a \/24 of the pool/,
      );
    },
  );

  it.each([
    ["172.30.0.1/16", /host bits are set: did you mean 172.30.0.0\/16\?/],
    ["not-a-cidr", /expected an IPv4 CIDR/],
    ["fd00::/64", /expected an IPv4 CIDR/],
  ])("refuses %p", (pool, reason) => {
    expectRejected({ swarmAddressPool: pool }, "swarmAddressPool", pool, reason);
  });

  it("refuses a pool overlapping bcmnetCidr, naming both", () => {
    const message = expectRejected(
      { bcmnetCidr: "10.149.10.0/24", swarmAddressPool: "10.0.0.0/8" },
      "swarmAddressPool",
      "10.0.0.0/8",
      /overlaps bcmnetCidr 10\.149\.10\.0\/24/,
    );
    expect(message).toMatch(/^Invalid configuration bcm:swarmAddressPool = "10.0.0.0\/8": /);
  });

  it("refuses a pool inside bcmnetCidr", () => {
    expectRejected(
      { bcmnetCidr: "10.148.0.0/16", swarmAddressPool: "10.148.128.0/20" },
      "swarmAddressPool",
      "10.148.128.0/20",
      /overlaps bcmnetCidr 10\.148\.0\.0\/16/,
    );
  });

  it.each([
    ["172.17.0.0/16", /overlaps 172\.17\.0\.0\/16, docker0, docker's default bridge/],
    ["172.16.0.0/12", /overlaps 172\.17\.0\.0\/16, docker0/],
    ["172.18.128.0/17", /overlaps 172\.18\.0\.0\/16, docker_gwbridge/],
  ])("refuses %s, overlapping docker's own bridges", (pool, reason) => {
    expectRejected({ swarmAddressPool: pool }, "swarmAddressPool", pool, reason);
  });

  it("refuses a pool overlapping the NAT bridge in nat-bridge mode, not in macvlan mode", () => {
    const overrides = {
      bcmnetCidr: "192.168.50.0/24",
      outsideBridgeAddress: "10.148.20.1/24",
      swarmAddressPool: "10.148.0.0/16",
    };
    expectRejected(
      { ...overrides, outsideMode: "nat-bridge" },
      "swarmAddressPool",
      "10.148.0.0/16",
      /overlaps the NAT bridge's subnet 10\.148\.20\.0\/24 \(outsideBridgeAddress 10\.148\.20\.1\/24\)/,
    );
    expect(parse(overrides).swarm.addressPool.cidr).toBe("10.148.0.0/16");
  });

  it("checks the overlaps only with docker hosts, the prefix always", () => {
    expect(parse({ dockerHosts: [], swarmAddressPool: "172.17.0.0/16" }).swarm.addressPool.cidr).toBe(
      "172.17.0.0/16",
    );
    expectRejected(
      { dockerHosts: [], swarmAddressPool: "172.30.0.0/25" },
      "swarmAddressPool",
      "172.30.0.0/25",
      /between \/8 and \/24/,
    );
  });
});

describe("swarmManagers", () => {
  it.each([1, 3])("accepts %i manager(s) of 3 docker hosts", (managers) => {
    expect(parse({ swarmManagers: managers }).swarm.managers).toBe(managers);
  });

  it("accepts 1 manager with 0 docker hosts", () => {
    expect(parse({ dockerHosts: [], swarmManagers: 1 }).swarm.managers).toBe(1);
  });

  it("does not check the host count or oddness without docker hosts", () => {
    expect(parse({ dockerHosts: [], swarmManagers: 4 }).swarm.managers).toBe(4);
  });

  it.each([2, 4, 6])("refuses an even count, %i, saying why", (managers) => {
    const hosts = ["h1", "h2", "h3", "h4", "h5", "h6", "h7"];
    const message = expectRejected(
      { dockerHosts: hosts, swarmManagers: managers },
      "swarmManagers",
      managers,
      /must be odd \(1, 3, 5 or 7\).*raft quorum.*no more failures than one less/,
    );
    expect(message).toContain(`${managers} managers survive ${managers / 2 - 1} failure`);
    expect(message).toMatch(new RegExp(`as ${managers - 1} (do|does)\\)$`));
  });

  it("refuses more managers than docker hosts", () => {
    const message = expectRejected(
      { swarmManagers: 5 },
      "swarmManagers",
      5,
      /more than the number of docker hosts, 3/,
    );
    expect(message).toContain("docker1, docker2, docker3");
  });

  it("refuses 3 managers of 2 docker hosts", () => {
    expectRejected(
      { dockerHosts: ["docker1", "docker2"], swarmManagers: 3 },
      "swarmManagers",
      3,
      /more than the number of docker hosts, 2/,
    );
  });

  it.each([0, 8, 1.5])("refuses %p, outside 1 to 7", (managers) => {
    expectRejected({ swarmManagers: managers }, "swarmManagers", managers, /integer from 1 to 7/);
  });
});

describe("stacks: accepted", () => {
  it("an absolute compose file", () => {
    expect(parse({ stacks: [`hello ${compose}`] }).swarm.stacks).toEqual([
      { name: "hello", composeFile: compose },
    ]);
  });

  it("a compose file relative to the project root, made absolute", () => {
    const relative = path.relative(PROJECT_ROOT, compose);
    expect(path.isAbsolute(relative)).toBe(false);
    const [stack] = parse({ stacks: [`hello ${relative}`] }).swarm.stacks;
    expect(stack.composeFile).toBe(compose);
    expect(path.isAbsolute(stack.composeFile)).toBe(true);
  });

  it("several stacks, in order, names of digits, '_' and '-', surrounding spaces ignored", () => {
    const stacks = parse({
      stacks: [`  web_1 ${compose} `, `0-cache\t${compose}`, `${"a".repeat(63)} ${compose}`],
    }).swarm.stacks;
    expect(stacks.map((s) => s.name)).toEqual(["web_1", "0-cache", "a".repeat(63)]);
  });

  it("with a single docker host and the default manager count", () => {
    expect(parse({ dockerHosts: ["docker1"], stacks: [`hello ${compose}`] }).swarm).toEqual({
      managers: 1,
      addressPool: DEFAULT_POOL,
      stacks: [{ name: "hello", composeFile: compose }],
    });
  });
});

describe("stacks: refused", () => {
  it.each(["Hello", "-hello", "_hello", "hel.lo", "a".repeat(64), "héllo"])("the stack name %p", (name) => {
    expectStackRejected(`${name} ${compose}`, /is not a docker stack name/);
  });

  it.each([
    ["", /it is empty/],
    ["hello", /the compose file is missing/],
    ["hello a.yml b.yml", /3 fields/],
  ])("the form of %p", (item, reason) => {
    expectStackRejected(item, reason);
  });

  it("a compose file that does not exist, shown relative and resolved", () => {
    const message = expectStackRejected("hello stacks/missing.yml", /does not exist/);
    expect(message).toContain(path.join(PROJECT_ROOT, "stacks", "missing.yml"));
  });

  it("a directory", () => {
    expectStackRejected(`hello ${path.join(tmp, "a-directory.yml")}`, /is a directory, not a regular file/);
  });

  it("a YAML syntax error, with the first line of js-yaml's message", () => {
    const message = expectStackRejected(`hello ${path.join(tmp, "bad-yaml.yml")}`, /is not valid YAML: /);
    const reason = message.slice(message.indexOf("is not valid YAML: "));
    expect(reason).not.toContain("\n");
    expect(reason).toMatch(/\(\d+:\d+\)$/);
  });

  it.each([
    ["no-services.yml", /has no services: expected a non-empty "services:" mapping/],
    ["empty-services.yml", /expected a non-empty "services:" mapping/],
    ["list-services.yml", /has services: a list: expected a non-empty "services:" mapping/],
    ["empty.yml", /is empty, not a compose mapping/],
    ["list.yml", /is a list, not a compose mapping/],
  ])("%s, without a services mapping", (file, reason) => {
    expectStackRejected(`hello ${path.join(tmp, file)}`, reason);
  });

  it("a name used twice, naming the second item", () => {
    const stacks = [`hello ${compose}`, `other ${compose}`, `hello ${compose}`];
    expectRejected({ stacks }, "stacks[2]", stacks[2], /"hello" is already used by stacks\[0\]/);
  });

  it("stacks without docker hosts", () => {
    const stacks = [`hello ${compose}`];
    expectRejected(
      { dockerHosts: [], stacks },
      "stacks",
      stacks,
      /bcm:dockerHosts is empty: list at least one docker host, or remove the stacks/,
    );
  });
});
