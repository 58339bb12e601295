import { RenderError } from "../render-error";
import { DnsmasqArgs, renderDnsmasqConf } from "./dnsmasq";
import { parseSubnet } from "../net";

const base: DnsmasqArgs = {
  insideInterface: "eth1",
  insideAddress: "10.148.10.1",
  subnet: parseSubnet("bcmnetCidr", "10.148.10.0/24"),
  dhcpRange: { start: "10.148.10.100", end: "10.148.10.200" },
  leaseTime: { text: "12h", seconds: 43200 },
  domain: "bcmnet",
  upstream: { address: "127.0.0.1", port: 5353 },
  hostRecords: [
    { name: "bcmnet", address: "10.148.10.1" },
    { name: "mirror.bcmnet", address: "10.148.10.1" },
  ],
  leaseFile: "/var/lib/misc/dnsmasq.leases",
  logging: "private",
  outsideInterface: "eth0",
  pingBeforeOffer: false,
};

const lines = (conf: string) => conf.split("\n").filter((l) => l && !l.startsWith("#"));

describe("renderDnsmasqConf", () => {
  const conf = renderDnsmasqConf(base);

  it("listens on the inside NIC and loopback only, never the outside", () => {
    expect(lines(conf)).toEqual(
      expect.arrayContaining([
        "bind-interfaces",
        "interface=eth1",
        "listen-address=10.148.10.1",
        "listen-address=127.0.0.1",
        "except-interface=eth0",
        "no-dhcp-interface=eth0",
        "no-dhcp-interface=lo",
      ]),
    );
    expect(conf).not.toMatch(/^interface=eth0/m);
  });

  it("resolves only through Tor's DNSPort", () => {
    const servers = lines(conf).filter((l) => l.startsWith("server="));
    expect(servers).toEqual(["server=127.0.0.1#5353@127.0.0.1"]);
    expect(lines(conf)).toEqual(
      expect.arrayContaining(["no-resolv", "no-hosts", "domain-needed", "bogus-priv", "stop-dns-rebind"]),
    );
    expect(conf).not.toMatch(/^resolv-file/m);
  });

  it("serves the local domain itself and registers DHCP clients in it", () => {
    expect(lines(conf)).toEqual(
      expect.arrayContaining([
        "local=/bcmnet/",
        "domain=bcmnet",
        "expand-hosts",
        "host-record=bcmnet,10.148.10.1",
        "host-record=mirror.bcmnet,10.148.10.1",
      ]),
    );
  });

  it("hands out leases with the gateway as router and resolver", () => {
    expect(lines(conf)).toEqual(
      expect.arrayContaining([
        "dhcp-authoritative",
        "dhcp-range=10.148.10.100,10.148.10.200,255.255.255.0,12h",
        "dhcp-option=option:router,10.148.10.1",
        "dhcp-option=option:dns-server,10.148.10.1",
        "dhcp-leasefile=/var/lib/misc/dnsmasq.leases",
      ]),
    );
  });

  it("offers at once on the LXD bridge, pings first only when bcmnet is on a LAN", () => {
    expect(lines(conf)).toContain("no-ping");
    expect(lines(renderDnsmasqConf({ ...base, pingBeforeOffer: true }))).not.toContain("no-ping");
  });

  it("forwards nothing at all when Tor is disabled (never a plaintext fallback)", () => {
    const local = lines(renderDnsmasqConf({ ...base, upstream: undefined }));
    expect(local.filter((l) => l.startsWith("server="))).toEqual([]);
    expect(local).toEqual(expect.arrayContaining(["no-resolv", "local=/bcmnet/"]));
  });

  it("can leave loopback out and omit the outside NIC", () => {
    const c = renderDnsmasqConf({ ...base, listenOnLoopback: false, outsideInterface: undefined });
    expect(c).not.toMatch(/^listen-address=127\.0\.0\.1$/m);
    expect(c).not.toMatch(/except-interface/);
  });

  it.each([
    ["insideInterface", { insideInterface: "eth 1" }, /insideInterface.*"eth 1"/],
    ["insideAddress", { insideAddress: "10.148.10.300" }, /insideAddress.*10\.148\.10\.300/],
    ["insideAddress outside the subnet", { insideAddress: "10.148.11.1" }, /insideAddress.*10\.148\.11\.1/],
    [
      "dhcpRange.start outside subnet",
      { dhcpRange: { start: "10.1.1.1", end: "10.148.10.9" } },
      /dhcpRange\.start.*10\.1\.1\.1/,
    ],
    [
      "dhcpRange.end broadcast",
      { dhcpRange: { start: "10.148.10.2", end: "10.148.10.255" } },
      /dhcpRange\.end.*10\.148\.10\.255/,
    ],
    [
      "dhcpRange reversed",
      { dhcpRange: { start: "10.148.10.9", end: "10.148.10.2" } },
      /dhcpRange: start must not be after end/,
    ],
    [
      "dhcpRange covers gateway",
      { dhcpRange: { start: "10.148.10.1", end: "10.148.10.9" } },
      /dhcpRange.*10\.148\.10\.1/,
    ],
    ["domain", { domain: "Bcm_Net" }, /domain.*Bcm_Net/],
    ["upstream.port", { upstream: { address: "127.0.0.1", port: 70000 } }, /upstream\.port.*70000/],
    ["upstream.address", { upstream: { address: "tor", port: 5353 } }, /upstream\.address.*"tor"/],
    [
      "hostRecords outside domain",
      { hostRecords: [{ name: "example.com", address: "10.148.10.1" }] },
      /hostRecords\[0\]\.name.*example\.com/,
    ],
    [
      "hostRecords address",
      { hostRecords: [{ name: "tor.bcmnet", address: "x" }] },
      /hostRecords\[0\]\.address.*"x"/,
    ],
    ["leaseFile", { leaseFile: "leases" }, /leaseFile.*"leases"/],
    ["outside == inside", { outsideInterface: "eth1" }, /outsideInterface.*eth1/],
  ])("rejects bad %s", (_name, patch, message) => {
    const bad = { ...base, ...patch } as DnsmasqArgs;
    expect(() => renderDnsmasqConf(bad)).toThrow(RenderError);
    expect(() => renderDnsmasqConf(bad)).toThrow(message);
  });

  it("accepts infinite and minute lease times", () => {
    expect(renderDnsmasqConf({ ...base, leaseTime: { text: "infinite", seconds: Infinity } })).toMatch(
      /,infinite$/m,
    );
    expect(renderDnsmasqConf({ ...base, leaseTime: { text: "45m", seconds: 2700 } })).toMatch(/,45m$/m);
  });
});
