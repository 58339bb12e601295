import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDnsmasqConf } from "../../components/gateway/dnsmasq";
import { removeTempDirs, requireBinary, run, tempDir } from "./helpers";
import { parseSubnet } from "../../components/net";

afterAll(removeTempDirs);

describe("dnsmasq --test accepts the rendered config", () => {
  const dnsmasq = () => requireBinary("/usr/sbin/dnsmasq", "dnsmasq-base");

  function check(text: string) {
    const file = join(tempDir("dnsmasq"), "dnsmasq.conf");
    writeFileSync(file, text);
    return run(dnsmasq(), ["--test", "-C", file]);
  }

  const args = (dir: string) => ({
    insideInterface: "eth1",
    insideAddress: "10.148.10.1",
    subnet: parseSubnet("bcmnetCidr", "10.148.10.0/24"),
    dhcpRange: { start: "10.148.10.100", end: "10.148.10.250" },
    leaseTime: { text: "12h", seconds: 43200 },
    domain: "bcmnet",
    upstream: { address: "127.0.0.1", port: 5353 },
    hostRecords: [
      "bcmnet",
      "mirror.bcmnet",
      "registry.bcmnet",
      "squid.bcmnet",
      "tor.bcmnet",
      "gateway.bcmnet",
    ].map((name) => ({ name, address: "10.148.10.1" })),
    leaseFile: join(dir, "dnsmasq.leases"),
    outsideInterface: "eth0",
    logging: "private" as const,
    pingBeforeOffer: false,
  });

  it("gateway config", () => {
    const r = check(renderDnsmasqConf(args(tempDir("dnsmasq-leases"))));
    expect(r.output).toMatch(/syntax check OK/);
    expect(r.status).toBe(0);
  });

  it("infinite leases, no loopback listener, bcmnet on a LAN (ping before the offer)", () => {
    const r = check(
      renderDnsmasqConf({
        ...args(tempDir("dnsmasq-leases")),
        leaseTime: { text: "infinite", seconds: Infinity },
        listenOnLoopback: false,
        pingBeforeOffer: true,
      }),
    );
    expect(r.status).toBe(0);
  });

  it("the check is real: a bad line fails", () => {
    const r = check(renderDnsmasqConf(args(tempDir("dnsmasq-leases"))) + "no-such-option\n");
    expect(r.status).not.toBe(0);
  });
});
