import * as fs from "fs";
import * as yaml from "js-yaml";
import * as path from "path";
import { DEFAULTS, checkDockerKernelModules, parseConfig, RawConfig } from "./config";
import { checkUnknownSettings } from "./settings";
import { configErrorOf } from "../tests/config-error-of";

const base: RawConfig = { ...DEFAULTS, outsideMode: "macvlan", outsideParentNic: "enp1s0" };

function parse(overrides: Partial<RawConfig>) {
  return parseConfig({ ...base, ...overrides });
}

/** Asserts the error names the key and the bad value, and says why. */
function expectRejected(overrides: Partial<RawConfig>, key: string, value: string, reason: RegExp) {
  const message = configErrorOf(() => parse(overrides)).message;
  expect(message).toContain(`bcm:${key}`);
  expect(message).toContain(value);
  expect(message).toMatch(reason);
}

describe("defaults", () => {
  it("are valid and derive gateway address and DHCP range from the CIDR", () => {
    const config = parse({});
    expect(config.bcmnet.subnet).toEqual({
      cidr: "10.148.10.0/24",
      networkAddress: "10.148.10.0",
      broadcastAddress: "10.148.10.255",
      prefixLength: 24,
      netmask: "255.255.255.0",
    });
    expect(config.bcmnet.gatewayAddress).toBe("10.148.10.1");
    expect(config.bcmnet.dhcpRange).toEqual({ start: "10.148.10.128", end: "10.148.10.254" });
    expect(config.bcmnet.domain).toBe("bcmnet");
    expect(config.lxd.remote).toBeUndefined();
    expect(config.outside).toEqual({ mode: "macvlan", parentNic: "enp1s0" });
    expect(config.ports.privateRegistry).toBe(443);
  });

  it("match the defaults declared in Pulumi.yaml, setting by setting", () => {
    const project = yaml.load(fs.readFileSync(path.join(__dirname, "..", "Pulumi.yaml"), "utf8")) as {
      config: Record<string, { default?: unknown; description?: string; type: string }>;
    };
    for (const [key, value] of Object.entries(DEFAULTS)) {
      expect({ key, default: project.config[key]?.default }).toEqual({ key, default: value });
    }
    for (const [key, setting] of Object.entries(project.config)) {
      expect({ key, described: (setting.description ?? "").length > 10 }).toEqual({ key, described: true });
    }
  });

  it("parse the dev stack's settings", () => {
    const stack = yaml.load(fs.readFileSync(path.join(__dirname, "..", "Pulumi.dev.yaml"), "utf8")) as {
      config: Record<string, unknown>;
    };
    const overrides = Object.fromEntries(
      Object.entries(stack.config).map(([key, value]) => [key.replace(/^bcm:/, ""), value]),
    ) as Partial<RawConfig>;
    const config = parseConfig({ ...DEFAULTS, ...overrides });
    expect(config.outside.mode).toBe("nat-bridge");
    expect(config.dockerHosts).toEqual(["builder1"]);
  });
});

describe("bcmnet CIDR", () => {
  it.each([
    ["not-a-cidr", /IPv4 CIDR/],
    ["10.148.10.0", /IPv4 CIDR/],
    ["10.148.10.0/33", /IPv4 CIDR/],
    ["fd00::/64", /IPv4/],
    ["10.148.10.7/24", /host bits are set/],
    ["10.148.10.0/30", /between \/8 and \/29/],
  ])("rejects %s", (cidr, reason) => {
    expectRejected({ bcmnetCidr: cidr }, "bcmnetCidr", cidr, reason);
  });
});

describe("bcmnet CIDR in private-use space", () => {
  it.each([
    ["8.8.8.0/24", /public \(globally routable\).*lose the internet hosts/],
    ["1.1.1.0/24", /public \(globally routable\)/],
    ["172.32.0.0/16", /public/], // just past 172.16.0.0/12
    ["172.15.0.0/16", /public/], // just before it
    ["11.0.0.0/8", /public/],
    ["100.128.0.0/16", /public/], // just past 100.64.0.0/10
    ["192.169.0.0/16", /public/],
    ["198.18.0.0/15", /reserved address space, not private-use/], // benchmarking
    ["192.0.2.0/24", /reserved address space, not private-use/], // documentation
  ])("refuses %s, outside private-use space", (cidr, reason) => {
    expectRejected({ bcmnetCidr: cidr }, "bcmnetCidr", cidr, reason);
    expectRejected(
      { bcmnetCidr: cidr },
      "bcmnetCidr",
      cidr,
      /10\.0\.0\.0\/8, 172\.16\.0\.0\/12, 192\.168\.0\.0\/16/,
    );
  });

  it("refuses a prefix that starts in a private block but reaches beyond it", () => {
    expectRejected(
      { bcmnetCidr: "192.168.0.0/15" },
      "bcmnetCidr",
      "192.168.0.0/15",
      /wider than 192\.168\.0\.0\/16: it runs up to 192\.169\.255\.255/,
    );
    // 10.0.0.0/7 takes 11.0.0.0/8 too; refused (also by the /8 minimum prefix).
    expectRejected({ bcmnetCidr: "10.0.0.0/7" }, "bcmnetCidr", "10.0.0.0/7", /between \/8 and \/29/);
  });

  it.each([
    "10.20.0.0/24",
    "10.0.0.0/8",
    "172.16.5.0/24",
    "172.16.0.0/12",
    "172.31.255.0/24",
    "192.168.0.0/24",
    "192.168.0.0/16",
    "100.64.0.0/10", // RFC 6598 shared address space: not routed on the internet either
    "100.127.255.0/24",
  ])("accepts %s", (cidr) => {
    expect(parse({ bcmnetCidr: cidr }).bcmnet.subnet.cidr).toBe(cidr);
  });

  it.each([
    "Pulumi.dev.yaml",
    "Pulumi.site-example.yaml",
    "tests/e2e/Pulumi.e2e.yaml",
    "tests/e2e/Pulumi.e2e-lan.yaml",
  ])("still parses the committed stack file %s", (file) => {
    const stack = yaml.load(fs.readFileSync(path.join(__dirname, "..", file), "utf8")) as {
      config: Record<string, unknown>;
    };
    const overrides = Object.fromEntries(
      Object.entries(stack.config).map(([key, value]) => [key.replace(/^bcm:/, ""), value]),
    ) as Partial<RawConfig>;
    expect(parseConfig({ ...DEFAULTS, ...overrides }).bcmnet.subnet.cidr).toBe(overrides.bcmnetCidr);
  });
});

describe("storage pool source", () => {
  it.each([
    "/dev/sdb",
    "/dev/disk/by-id/nvme-data-disk",
    "/dev/mapper/vg-data",
    "/dev//sdb",
    "/srv/../dev/sdb",
  ])(
    "refuses a dir pool on the block device %s, naming both keys and the drivers that take one",
    (source) => {
      for (const overrides of [
        { storagePoolSource: source },
        { storagePoolSource: source, storagePoolDriver: "dir" },
      ]) {
        expectRejected(
          overrides,
          "storagePoolSource",
          source,
          /block device, but bcm:storagePoolDriver is "dir", which takes a directory.*btrfs, zfs, lvm, which take a block device/,
        );
      }
    },
  );

  it.each(["/srv/bcm-pool", "/var/lib/bcm/pool", "/devices/pool", "/srv/dev/sdb", ""])(
    "accepts a dir pool on the directory %j",
    (source) => {
      expect(parse({ storagePoolDriver: "dir", storagePoolSource: source }).storage).toEqual({
        pool: "bcm",
        create: true,
        driver: "dir",
        source,
      });
    },
  );

  it.each(["btrfs", "zfs", "lvm"])("accepts a %s pool on /dev/sdb", (driver) => {
    expect(parse({ storagePoolDriver: driver, storagePoolSource: "/dev/sdb" }).storage.source).toBe(
      "/dev/sdb",
    );
  });

  it("does not judge the source of a pool it does not create (driver and source are unused)", () => {
    expect(parse({ storagePoolCreate: false, storagePoolSource: "/dev/sdb" }).storage.create).toBe(false);
  });
});

describe("gateway address", () => {
  it.each([
    ["10.148.11.1", /outside bcmnet 10.148.10.0\/24/],
    ["10.148.10.0", /network address/],
    ["10.148.10.255", /broadcast address/],
    ["10.148.10.300", /IPv4 address/],
    ["::1", /IPv4 address/],
  ])("rejects %s", (address, reason) => {
    expectRejected({ bcmnetGatewayAddress: address }, "bcmnetGatewayAddress", address, reason);
  });
});

describe("DHCP range", () => {
  it("rejects a start outside the CIDR", () => {
    expectRejected(
      { bcmnetDhcpRangeStart: "10.149.0.10" },
      "bcmnetDhcpRangeStart",
      "10.149.0.10",
      /outside bcmnet/,
    );
  });
  it("rejects an end outside the CIDR", () => {
    expectRejected(
      { bcmnetDhcpRangeEnd: "10.148.11.10" },
      "bcmnetDhcpRangeEnd",
      "10.148.11.10",
      /outside bcmnet/,
    );
  });
  it("rejects a reversed range", () => {
    expectRejected(
      { bcmnetDhcpRangeStart: "10.148.10.200", bcmnetDhcpRangeEnd: "10.148.10.100" },
      "bcmnetDhcpRangeEnd",
      "10.148.10.100",
      /reversed/,
    );
  });
  it("rejects a range containing the gateway", () => {
    expectRejected(
      { bcmnetGatewayAddress: "10.148.10.150" },
      "bcmnetDhcpRangeStart",
      "10.148.10.128-10.148.10.254",
      /contains the gateway address 10.148.10.150/,
    );
  });
  it("accepts an explicit range below the gateway", () => {
    const config = parse({
      bcmnetGatewayAddress: "10.148.10.254",
      bcmnetDhcpRangeStart: "10.148.10.10",
      bcmnetDhcpRangeEnd: "10.148.10.99",
    });
    expect(config.bcmnet.dhcpRange).toEqual({ start: "10.148.10.10", end: "10.148.10.99" });
  });
});

describe("networks", () => {
  it("rejects bcmnet overlapping the outside NAT bridge", () => {
    expectRejected(
      { outsideMode: "nat-bridge", outsideBridgeAddress: "10.148.0.1/16" },
      "bcmnetCidr",
      "10.148.10.0/24",
      /overlaps outsideBridgeAddress 10.148.0.1\/16/,
    );
  });
  it("rejects macvlan without a parent NIC", () => {
    expectRejected({ outsideParentNic: "" }, "outsideParentNic", '""', /macvlan needs the physical NIC/);
  });
  it("rejects an unknown outside mode", () => {
    expectRejected({ outsideMode: "bridge" }, "outsideMode", "bridge", /macvlan.*nat-bridge/);
  });
  it("rejects the same NIC for outside and bcmnet", () => {
    expectRejected({ bcmnetParentNic: "enp1s0" }, "outsideParentNic", "enp1s0", /different physical NIC/);
  });
  it("rejects bcmnet taking in itself as its LAN NIC", () => {
    expectRejected(
      { bcmnetParentNic: "bcmnet" },
      "bcmnetParentNic",
      "bcmnet",
      /names the bcmnet bridge itself/,
    );
  });
  it("rejects the outside macvlan on the bcmnet bridge", () => {
    expectRejected({ outsideParentNic: "bcmnet" }, "outsideParentNic", "bcmnet", /trusted inside network/);
  });
  it("rejects a NAT bridge named like bcmnet's LAN NIC", () => {
    expectRejected(
      { outsideMode: "nat-bridge", outsideBridgeName: "enp2s0", bcmnetParentNic: "enp2s0" },
      "outsideBridgeName",
      "enp2s0",
      /is bcmnetParentNic/,
    );
  });
  it("rejects an interface name longer than Linux allows", () => {
    expectRejected(
      { bcmnetName: "bcmnet-much-too-long" },
      "bcmnetName",
      "bcmnet-much-too-long",
      /15 characters/,
    );
  });
});

describe("ports", () => {
  it("rejects two services on one port", () => {
    expectRejected({ squidPort: 8118 }, "squidPort", "8118", /already used by bcm:httpProxyPort/);
  });
  it.each([0, 65536, -1, 80.5])("rejects out-of-range port %s", (port) => {
    expectRejected({ registryMirrorPort: port }, "registryMirrorPort", String(port), /1 to 65535/);
  });
  it("rejects the DNS port the gateway itself needs", () => {
    expectRejected({ torSocksPort: 53 }, "torSocksPort", "53", /DNS/);
  });
  it("ignores the ports of disabled services when looking for clashes", () => {
    expect(parse({ enableSquid: false, squidPort: 8118 }).services.squid).toBe(false);
  });
});

describe("lease time and domain", () => {
  it.each(["12 hours", "h", "-1h", "1x"])("rejects lease time %s", (lease) => {
    expectRejected({ bcmnetDhcpLeaseTime: lease }, "bcmnetDhcpLeaseTime", lease, /expected seconds/);
  });
  it("rejects a lease shorter than dnsmasq allows", () => {
    expectRejected({ bcmnetDhcpLeaseTime: "60" }, "bcmnetDhcpLeaseTime", "60", /2 minutes/);
  });
  it.each(["45m", "12h", "7d", "1w", "3600", "infinite"])("accepts lease time %s", (lease) => {
    expect(parse({ bcmnetDhcpLeaseTime: lease }).bcmnet.leaseTime.text).toBe(lease);
  });
  it.each(["BCMnet", "bcm_net", "-bcm", "bcm..lan", "bcm.", "10.0.0.1", ""])(
    "rejects domain %j",
    (domain) => {
      expectRejected({ bcmnetDomain: domain }, "bcmnetDomain", JSON.stringify(domain), /DNS name/);
    },
  );
  it("accepts a multi-label domain", () => {
    expect(parse({ bcmnetDomain: "bcm.example.lan" }).bcmnet.domain).toBe("bcm.example.lan");
  });
});

describe("LXD endpoint", () => {
  it("parses a remote with default port", () => {
    expect(
      parse({ lxdRemoteAddress: "bcm-server.lan", lxdAcceptRemoteCertificate: true }).lxd.remote,
    ).toMatchObject({
      address: "bcm-server.lan",
      port: 8443,
      acceptRemoteCertificate: true,
    });
  });
  it("parses https://host:port", () => {
    expect(parse({ lxdRemoteAddress: "https://10.0.0.5:9443" }).lxd.remote).toMatchObject({
      address: "10.0.0.5",
      port: 9443,
    });
  });
  it("rejects a non-https remote", () => {
    expectRejected({ lxdRemoteAddress: "http://host:8443" }, "lxdRemoteAddress", "http://host:8443", /https/);
  });
  it("rejects a bad project name", () => {
    expectRejected({ lxdProject: "bcm project" }, "lxdProject", "bcm project", /letters, digits and dashes/);
  });
});

describe("services, cache and certificates", () => {
  it("rejects the HTTP proxy without Tor", () => {
    expectRejected({ enableTor: false }, "enableHttpProxy", "true", /enableTor/);
  });
  it("rejects a maximum object larger than the cache", () => {
    expectRejected(
      { squidCacheSizeMb: 1000, squidMaxObjectSizeMb: 2000 },
      "squidMaxObjectSizeMb",
      "2000",
      /larger than the whole cache/,
    );
  });
  it("rejects an early renewal as long as the validity", () => {
    expectRejected(
      { certValidityHours: 100, certEarlyRenewalHours: 100 },
      "certEarlyRenewalHours",
      "100",
      /shorter than certValidityHours/,
    );
  });
  it("rejects certificates outliving the CA", () => {
    expectRejected(
      { caValidityHours: 1000, certValidityHours: 2000 },
      "certValidityHours",
      "2000",
      /outlive the CA/,
    );
  });
  it("rejects a mirror upstream that is not a URL", () => {
    expectRejected({ registryMirrorUpstream: "registry-1" }, "registryMirrorUpstream", "registry-1", /URL/);
  });
  it("rejects a docker host named like the gateway", () => {
    expectRejected({ dockerHosts: ["builder1", "gateway"] }, "dockerHosts", "gateway", /used twice/);
  });
  it("rejects a malformed kernel module name", () => {
    expectRejected(
      { dockerKernelModules: ["overlay", "nf nat"] },
      "dockerKernelModules[1]",
      "nf nat",
      /module name/,
    );
  });
  it("rejects a docker host name LXD refuses", () => {
    expectRejected(
      { dockerHosts: ["builder_1"] },
      "dockerHosts[0]",
      "builder_1",
      /letters, digits and dashes/,
    );
  });
  it("rejects a registry mirror egress that is neither tor nor direct", () => {
    expectRejected({ registryMirrorEgress: "vpn" }, "registryMirrorEgress", "vpn", /"tor", "direct"/);
  });
  it("rejects mirror egress over Tor without Tor or privoxy", () => {
    expectRejected(
      { enableHttpProxy: false, squidEgress: "direct" },
      "registryMirrorEgress",
      "tor",
      /enableTor and enableHttpProxy/,
    );
  });
  it("rejects Squid egress over Tor without Tor or privoxy", () => {
    expectRejected(
      { enableHttpProxy: false, registryMirrorEgress: "direct", squidEgress: "tor" },
      "squidEgress",
      "tor",
      /enableTor and enableHttpProxy/,
    );
  });
  it("rejects a mirror said to be direct behind a Squid that uses Tor", () => {
    expectRejected(
      { registryMirrorEgress: "direct" },
      "registryMirrorEgress",
      "direct",
      /squidEgress direct/,
    );
  });
  it("rejects direct mirror egress without Squid", () => {
    expectRejected(
      { registryMirrorEgress: "direct", squidEgress: "direct", enableSquid: false },
      "registryMirrorEgress",
      "direct",
      /enableSquid/,
    );
  });
  it("rejects an unknown logging level", () => {
    expectRejected({ gatewayLogging: "verbose" }, "gatewayLogging", "verbose", /"private", "full"/);
  });
  it("rejects a data volume of 0 GiB", () => {
    expectRejected({ privateRegistryVolumeSizeGb: 0 }, "privateRegistryVolumeSizeGb", "0", /at least 1/);
  });
});

describe("docker kernel modules on the local daemon", () => {
  const has = (modules: string[]) => (m: string) => modules.includes(m);
  it("refuses at preview a module the running kernel lacks, naming it", () => {
    const config = parse({ dockerHosts: ["builder1"], dockerKernelModules: ["overlay", "ip_vs"] });
    expect(() => checkDockerKernelModules(config, has(["overlay"]))).toThrow(
      /bcm:dockerKernelModules = \["overlay","ip_vs"\]: this machine's kernel has no module ip_vs/,
    );
  });
  it("accepts modules the kernel has, and none at all (the default)", () => {
    expect(() =>
      checkDockerKernelModules(
        parse({ dockerHosts: ["b1"], dockerKernelModules: ["overlay"] }),
        has(["overlay"]),
      ),
    ).not.toThrow();
    expect(() => checkDockerKernelModules(parse({ dockerHosts: ["b1"] }), has([]))).not.toThrow();
  });
  it("does not judge a remote endpoint's kernel by this machine's", () => {
    const config = parse({
      dockerHosts: ["b1"],
      dockerKernelModules: ["ip_vs"],
      lxdRemoteAddress: "10.0.0.5",
    });
    expect(() => checkDockerKernelModules(config, has([]))).not.toThrow();
  });
});

describe("meaning, not only syntax", () => {
  it.each([
    ["127.10.0.0/16", /loopback/],
    ["169.254.0.0/16", /link-local/],
    ["224.1.0.0/16", /multicast/],
  ])("refuses bcmnet %s, a range with a meaning of its own", (cidr, reason) => {
    expectRejected({ bcmnetCidr: cidr }, "bcmnetCidr", cidr, reason);
  });
  it("refuses a bcmnet inside docker's default bridge when there are docker hosts", () => {
    expectRejected(
      { bcmnetCidr: "172.17.5.0/24", dockerHosts: ["builder1"] },
      "bcmnetCidr",
      "172.17.5.0/24",
      /docker's default bridge 172\.17\.0\.0\/16/,
    );
    expect(parse({ bcmnetCidr: "172.17.5.0/24" }).bcmnet.subnet.cidr).toBe("172.17.5.0/24");
  });
  it.each(["local", "bcm.local", "onion", "localhost", "test"])(
    "refuses the reserved domain %s",
    (domain) => {
      expectRejected({ bcmnetDomain: domain }, "bcmnetDomain", domain, /reserved/);
    },
  );
  it("accepts home.arpa, the domain meant for home networks", () => {
    expect(parse({ bcmnetDomain: "home.arpa" }).bcmnet.domain).toBe("home.arpa");
  });
  it("refuses LXD's default project (destroy would delete what BCM does not own)", () => {
    expectRejected({ lxdProject: "default" }, "lxdProject", "default", /default project/);
  });
  it.each(["mirror", "squid", "registry"])(
    "refuses a docker host named %s, a name the gateway publishes",
    (name) => {
      expectRejected({ dockerHosts: [name] }, "dockerHosts", name, /used twice/);
    },
  );
  it("refuses the DNS relay's port for a Tor port", () => {
    expectRejected({ torDnsPort: 5335 }, "torDnsPort", "5335", /DNS relay/);
  });
  it.each([
    ["https://user:secret@registry.example", /credentials/],
    ["https://registry.example/v2/library", /bare origin/],
  ])("refuses mirror upstream %s at preview, naming the key", (url, reason) => {
    expectRejected({ registryMirrorUpstream: url }, "registryMirrorUpstream", url, reason);
  });
  it("normalises the mirror upstream to its origin", () => {
    expect(
      parse({ registryMirrorUpstream: "https://registry.example:5000/" }).registryMirror.upstream.url,
    ).toBe("https://registry.example:5000");
  });
});

describe("unknown settings", () => {
  it("refuses a setting that does not exist and names the one probably meant", () => {
    expect(() => checkUnknownSettings(["bcm:squidCacheSizeMB", "bcm:squidPort"])).toThrow(
      /bcm:squidCacheSizeMB .*there is no such setting; did you mean bcm:squidCacheSizeMb\?/,
    );
    expect(() => checkUnknownSettings(["bcm:bcmnetCIDR"])).toThrow(/did you mean bcm:bcmnetCidr\?/);
  });
  it("points to the reference when nothing is close", () => {
    expect(() => checkUnknownSettings(["bcm:enableLightningNode"])).toThrow(/configuration reference/);
  });
  it("leaves other namespaces and every declared setting alone", () => {
    expect(() =>
      checkUnknownSettings(["lxd:remotes", "pulumi:tags", ...Object.keys(DEFAULTS).map((k) => `bcm:${k}`)]),
    ).not.toThrow();
  });
});

describe("onion services", () => {
  it("parses a service on the gateway and one on bcmnet", () => {
    const config = parse({
      onionServices: ["registry 443 privateRegistry laptop,phone", "ssh 22 10.148.10.50:22 laptop"],
    });
    expect(config.onionServices).toEqual([
      {
        name: "registry",
        virtualPort: 443,
        target: { address: "10.148.10.1", port: 443 },
        clients: ["laptop", "phone"],
      },
      { name: "ssh", virtualPort: 22, target: { address: "10.148.10.50", port: 22 }, clients: ["laptop"] },
    ]);
  });
  it.each([
    ["registry 443 lxdApi laptop", "onionServices[0]", /unknown target "lxdApi"/],
    ["registry 70000 privateRegistry laptop", "onionServices[0]", /virtual port "70000"/],
    ["registry 443 privateRegistry laptop,laptop", "onionServices[0]", /client "laptop" is listed twice/],
    ["registry 443 privateRegistry", "onionServices[0]", /expected "<name> <virtual port> <target>/],
    ["Registry 443 privateRegistry laptop", "onionServices[0]", /service name "Registry"/],
  ])("refuses %j", (value, key, reason) => {
    expectRejected({ onionServices: [value] }, key, value, reason);
  });
  it("refuses a target outside bcmnet", () => {
    expectRejected(
      { onionServices: ["ssh 22 192.168.1.5:22 laptop"] },
      "onionServices",
      "192.168.1.5",
      /outside bcmnet/,
    );
  });
  it("refuses two services of one name", () => {
    expectRejected(
      { onionServices: ["a 443 privateRegistry laptop", "a 22 10.148.10.50:22 laptop"] },
      "onionServices",
      "a",
      /two onion services/,
    );
  });
  it("refuses a gateway service that is not enabled", () => {
    expectRejected(
      { onionServices: ["mirror 5000 registryMirror laptop"], enableRegistryMirror: false },
      "onionServices",
      "mirror",
      /not enabled/,
    );
  });
});

describe("LXD cluster placement (docs/cluster.md)", () => {
  const cluster = { lxdClusterMembers: ["node1", "node2"], gatewayClusterMember: "node1" };

  it("is undefined without lxdClusterMembers: no target anywhere, as before", () => {
    expect(parse({}).cluster).toBeUndefined();
  });

  it("places the gateway, and docker hosts as listed or with the gateway", () => {
    expect(
      parse({
        ...cluster,
        bcmnetParentNic: "enp2s0",
        dockerHosts: ["b1", "b2", "b3"],
        dockerHostClusterMembers: ["b2 node2", "b3  @fast"],
      }).cluster,
    ).toEqual({
      members: ["node1", "node2"],
      gateway: "node1",
      dockerHosts: { b1: "node1", b2: "node2", b3: "@fast" },
    });
  });

  it("refuses a gateway member outside lxdClusterMembers, or one without the member list", () => {
    expectRejected(
      { ...cluster, gatewayClusterMember: "node9" },
      "gatewayClusterMember",
      "node9",
      /not a member of the cluster: lxdClusterMembers is node1, node2/,
    );
    expectRejected(
      { gatewayClusterMember: "node1" },
      "gatewayClusterMember",
      "node1",
      /lxdClusterMembers is empty/,
    );
  });

  it("needs the gateway pinned in a cluster (its NICs' parents are on one member)", () => {
    expectRejected({ lxdClusterMembers: ["node1"] }, "gatewayClusterMember", "", /pinned to the member/);
  });

  it("refuses a member listed twice and a malformed member name", () => {
    expectRejected(
      { ...cluster, lxdClusterMembers: ["node1", "node1"] },
      "lxdClusterMembers",
      "node1",
      /twice/,
    );
    expectRejected(
      { ...cluster, lxdClusterMembers: ["node_1"] },
      "lxdClusterMembers[0]",
      "node_1",
      /letters/,
    );
  });

  it("refuses docker host placements that name no docker host, no member, or a host twice", () => {
    const hosts = { ...cluster, bcmnetParentNic: "enp2s0", dockerHosts: ["b1"] };
    expectRejected(
      { ...hosts, dockerHostClusterMembers: ["b9 node2"] },
      "dockerHostClusterMembers",
      "b9 node2",
      /not a docker host \(dockerHosts: b1\)/,
    );
    expectRejected(
      { ...hosts, dockerHostClusterMembers: ["b1 node7"] },
      "dockerHostClusterMembers",
      "b1 node7",
      /"node7" is not a member of the cluster/,
    );
    expectRejected(
      { ...hosts, dockerHostClusterMembers: ["b1 node1", "b1 node2"] },
      "dockerHostClusterMembers",
      "b1 node2",
      /placed twice/,
    );
    expectRejected(
      { ...hosts, dockerHostClusterMembers: ["b1"] },
      "dockerHostClusterMembers[0]",
      "b1",
      /expected "<host> <member>"/,
    );
    expectRejected(
      { dockerHosts: ["b1"], dockerHostClusterMembers: ["b1 node1"] },
      "dockerHostClusterMembers",
      "b1 node1",
      /lxdClusterMembers is empty/,
    );
  });

  it("keeps docker hosts with the gateway unless bcmnet is on a LAN that reaches the other members", () => {
    expectRejected(
      { ...cluster, dockerHosts: ["b1"], dockerHostClusterMembers: ["b1 node2"] },
      "dockerHostClusterMembers",
      "b1 node2",
      /only over a physical LAN: set bcmnetParentNic, or place "b1" on node1/,
    );
    expect(
      parse({ ...cluster, dockerHosts: ["b1"], dockerHostClusterMembers: ["b1 node1"] }).cluster?.dockerHosts,
    ).toEqual({ b1: "node1" });
  });
});
