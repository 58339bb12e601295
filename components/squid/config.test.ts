import { RenderError } from "../render-error";
import { SquidArgs, renderSquidConf } from "./config";
import { parseSubnet } from "../net";

const base: SquidArgs = {
  insideAddress: "10.148.10.1",
  port: 3128,
  clients: [parseSubnet("bcmnetCidr", "10.148.10.0/24")],
  gatewayAddresses: ["10.148.10.1", "172.16.0.5"],
  cacheDir: "/var/spool/squid",
  cacheSizeMb: 20000,
  accessLog: "/var/log/squid/access.log",
  cacheLog: "/var/log/squid/cache.log",
  visibleHostname: "squid.bcmnet",
  logging: "private",
};

describe("renderSquidConf", () => {
  const conf = renderSquidConf(base);
  const lines = conf.split("\n").filter((l) => l && !l.startsWith("#"));
  const access = lines.filter((l) => l.startsWith("http_access"));

  it("listens on the inside address only", () => {
    expect(lines.filter((l) => l.startsWith("http_port"))).toEqual(["http_port 10.148.10.1:3128"]);
    // Its DNS client sockets too, and it resolves through the gateway's dnsmasq (Tor).
    expect(lines).toEqual(
      expect.arrayContaining(["udp_incoming_address 10.148.10.1", "dns_nameservers 10.148.10.1"]),
    );
  });

  it("allows bcmnet only, CONNECT to 443 only, never the gateway itself", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "acl bcmnet src 10.148.10.0/24",
        "acl to_gateway dst 10.148.10.1 172.16.0.5",
        "acl SSL_ports port 443",
        "acl CONNECT method CONNECT",
      ]),
    );
    expect(access).toEqual([
      "http_access deny !Safe_ports",
      "http_access deny CONNECT !SSL_ports",
      "http_access deny to_localhost",
      "http_access deny to_gateway",
      "http_access deny to_linklocal",
      "http_access deny manager",
      "http_access allow bcmnet",
      "http_access deny all",
    ]);
  });

  it("caches big objects on disk and completes downloads", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "cache_dir aufs /var/spool/squid 20000 16 256",
        "maximum_object_size 4096 MB",
        "cache_mem 256 MB",
        "range_offset_limit 4096 MB",
        "quick_abort_min -1 KB",
      ]),
    );
  });

  it("keeps immutable package files long and revalidates repository indexes", () => {
    const refresh = lines.filter((l) => l.startsWith("refresh_pattern"));
    const byHash = refresh.findIndex((l) => l.includes("/by-hash/"));
    const dists = refresh.findIndex((l) => l.includes("/dists/"));
    expect(byHash).toBeGreaterThanOrEqual(0);
    expect(byHash).toBeLessThan(dists); // by-hash lives under dists/: must match first
    expect(refresh[dists]).toBe("refresh_pattern -i /dists/ 0 0% 0 refresh-ims");
    expect(refresh[refresh.length - 1]).toBe("refresh_pattern . 0 20% 4320");
    const longLived = (url: string) => {
      const rule = refresh.find((l) => new RegExp(l.split(" ")[2], "i").test(url));
      return rule?.split(" ")[3] === "129600";
    };
    for (const url of [
      "/debian/pool/main/t/tor/tor_0.4.8_amd64.deb",
      "/debian/pool/main/d/d-i/x.udeb",
      "/fedora/Packages/x.rpm",
      "/debian/dists/bookworm/main/binary-amd64/by-hash/SHA256/abc",
      "/linux-6.1.tar.xz",
      "/src.tar.zst",
      "/debian-12.iso",
      "/x.tar.bz2",
      "/y.gz",
    ]) {
      expect([url, longLived(url)]).toEqual([url, true]);
    }
    expect(longLived("/debian/dists/bookworm/main/binary-amd64/Packages.xz")).toBe(false);
    expect(longLived("/debian/dists/bookworm/InRelease")).toBe(false);
  });

  it("logs cache results and strips identifying headers", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "logformat bcm_private %ts.%03tu %Ss/%03>Hs %<st",
        "access_log daemon:/var/log/squid/access.log bcm_private",
        "request_header_access Via deny all",
        "request_header_access Forwarded deny all",
        "shutdown_lifetime 0 seconds",
        "cache_log /var/log/squid/cache.log",
        "via off",
        "forwarded_for delete",
        "visible_hostname squid.bcmnet",
      ]),
    );
  });

  it("sends misses only through a parent proxy when one is given", () => {
    expect(conf).not.toContain("never_direct");
    const c = renderSquidConf({ ...base, parentProxy: { address: "10.148.10.1", port: 8118 } });
    expect(c).toMatch(/^cache_peer 10\.148\.10\.1 parent 8118 0 no-query .*default$/m);
    expect(c).toMatch(/^never_direct allow all$/m);
  });

  it.each([
    ["port", { port: 0 }, /port.*0/],
    ["clients empty", { clients: [] }, /clients.*\[\]/],
    ["gatewayAddresses", { gatewayAddresses: ["::1"] }, /gatewayAddresses\[0\].*"::1"/],
    ["cacheDir", { cacheDir: "/var/spool/squid 100" }, /cacheDir.*squid 100/],
    ["cacheSizeMb", { cacheSizeMb: 0 }, /cacheSizeMb.*0/],
    ["maximumObjectSizeMb > cache", { maximumObjectSizeMb: 30000 }, /maximumObjectSizeMb.*30000/],
    ["cacheMemMb", { cacheMemMb: 2.5 }, /cacheMemMb.*2\.5/],
    ["accessLog", { accessLog: "access.log" }, /accessLog.*"access\.log"/],
    ["visibleHostname", { visibleHostname: "squid bcmnet" }, /visibleHostname.*"squid bcmnet"/],
    ["parentProxy.port", { parentProxy: { address: "10.148.10.1", port: 0 } }, /parentProxy\.port.*0/],
  ])("rejects bad %s", (_n, patch, message) => {
    const bad = { ...base, ...patch } as unknown as SquidArgs;
    expect(() => renderSquidConf(bad)).toThrow(RenderError);
    expect(() => renderSquidConf(bad)).toThrow(message);
  });
});
