import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { selfSigned } from "../../tests/self-signed";
import { Fact } from "./probes";
import { Evidence, exitStatus, judge, parseSize, renderTable } from "./report";
import { SITE } from "./site-fixture";

/** A certificate valid from now for `days`. */
function certificate(days: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doctor-cert-"));
  try {
    return selfSigned(dir, "t", days).certPem;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fact = (kind: string, key: string, ...values: string[]): Fact => ({ kind, key, values });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toUTCString().replace("UTC", "GMT");

function healthy(): Evidence {
  return {
    site: SITE,
    now: new Date(),
    gateway: {
      host: "gateway",
      facts: [
        fact("unit", "tor@default.service", "active"),
        fact("tcp", "tor-control", "open"),
        fact("unit", "squid.service", "active"),
        fact("unit", "bcm-registry-private.service", "active"),
        fact("unit", "dnsmasq.service", "active"),
        fact("volume", "squid-cache", "1048576"),
        fact("volume", "registry-private", "2097152"),
        fact("volume", "gateway-state", "4096"),
        fact("leases", "count", "3"),
        fact("setup", "last", "bcm-setup: done 2027-01-01T00:00:00+00:00"),
        fact("setup", "errors", "0"),
        fact("tor", "control", "ok"),
        fact("tor", "bootstrap", "100"),
        fact("tor", "liveness", "up"),
        fact("onion", "aaaa.onion", "yes"),
        fact("tor", "circuit", "built", "240"),
      ],
    },
    client: {
      host: "builder1",
      facts: [
        fact("dns", "gateway.bcm.test", "10.1.0.1"),
        fact("tcp", "tor-socks", "open"),
        fact("tcp", "squid", "open"),
        fact("tcp", "registry-private", "open"),
        fact("served", "bcm.test:443", `notAfter=${inDays(300)} serial=1A2B`),
        fact("api", "bcm.test:443", "200"),
        fact("clientcert", "bcm.test:443", `notAfter=${inDays(300)}`),
      ],
    },
    certificates: [{ name: "CA", pem: CA }],
    onionAddresses: ["aaaa.onion"],
    instances: ["gateway", "builder1"],
    volumeSizes: { "squid-cache": 1024 ** 3, "registry-private": 10 * 1024 ** 3, "gateway-state": 1024 ** 3 },
  };
}
const CA = certificate(3650);

function without(
  e: Evidence,
  which: "gateway" | "client",
  kind: string,
  key: string,
  replacement?: Fact,
): Evidence {
  const probe = e[which] as { host: string; facts: Fact[] };
  const facts = probe.facts.filter((f) => !(f.kind === kind && f.key === key));
  return { ...e, [which]: { host: probe.host, facts: replacement ? [...facts, replacement] : facts } };
}
const failing = (e: Evidence) => judge(e).filter((c) => c.status !== "ok");

describe("the doctor's verdicts", () => {
  test("a healthy site: every check ok, exit 0", () => {
    const checks = judge(healthy());
    expect(checks.filter((c) => c.status !== "ok")).toEqual([]);
    expect(exitStatus(checks)).toBe(0);
    expect(renderTable(checks)).toMatch(/all \d+ checks ok/);
  });

  test("Squid stopped and masked: a failure naming Squid, with what to do", () => {
    const e = without(
      healthy(),
      "gateway",
      "unit",
      "squid.service",
      fact("unit", "squid.service", "inactive", "masked"),
    );
    const bad = failing(without(e, "client", "tcp", "squid", fact("tcp", "squid", "closed")));
    expect(bad.map((c) => c.check)).toEqual(["service squid"]);
    expect(bad[0].detail).toMatch(/squid\.service is inactive \(masked\).*3128 refuses/);
    expect(bad[0].fix).toMatch(/systemctl unmask squid\.service && .* systemctl start squid\.service/);
    expect(exitStatus(bad)).toBe(2);
  });

  test("a loopback listener is asked on the gateway, not from bcmnet", () => {
    const bad = failing(
      without(healthy(), "gateway", "tcp", "tor-control", fact("tcp", "tor-control", "closed")),
    );
    expect(bad.map((c) => c.check)).toEqual(["service tor"]);
    expect(bad[0].detail).toMatch(/127\.0\.0\.1:9051 refuses or drops a client on the gateway \(gateway\)/);
    expect(judge(healthy()).find((c) => c.check === "service tor")?.detail).toMatch(
      /1 listener\(s\) answer builder1, 1 on loopback answer the gateway/,
    );
  });

  test("Tor cut from its network: no fresh circuit is a failure naming Tor", () => {
    const bad = failing(
      without(healthy(), "gateway", "tor", "circuit", fact("tor", "circuit", "timeout", "4000")),
    );
    expect(bad.map((c) => c.check)).toEqual(["tor"]);
    expect(bad[0].detail).toMatch(/could not build a circuit \(timeout after 4000 ms/);
    expect(bad[0].fix).toMatch(/cut off from its network/);
  });

  test("a certificate inside the renewal window warns (exit 1); an expired one fails", () => {
    const soon = failing(
      without(
        healthy(),
        "client",
        "served",
        "bcm.test:443",
        fact("served", "bcm.test:443", `notAfter=${inDays(10)} serial=FF`),
      ),
    );
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ check: "certificate served by bcm.test:443", status: "warn" });
    expect(soon[0].detail).toMatch(/9 days left.*serial FF.*inside the renewal window \(720 h\)/);
    expect(exitStatus(soon)).toBe(1);
    const gone = failing(
      without(
        healthy(),
        "client",
        "clientcert",
        "bcm.test:443",
        fact("clientcert", "bcm.test:443", `notAfter=${inDays(-1)}`),
      ),
    );
    expect(gone[0]).toMatchObject({ status: "fail" });
  });

  test("missing evidence fails, never passes", () => {
    const e = healthy();
    const silent: Evidence = {
      ...e,
      gateway: { host: "gateway", facts: [] },
      client: { host: "builder1", facts: [] },
    };
    const checks = judge(silent);
    expect(checks.filter((c) => c.status === "ok")).toEqual([
      // Only what comes from the stack outputs and LXD (the CA, builder list) can still be ok.
      expect.objectContaining({ check: "certificate CA" }),
      expect.objectContaining({ check: "builders" }),
    ]);
    const unreachable = judge({
      ...e,
      gateway: { host: "gateway", error: "Instance not found" },
      instances: { error: "refused" },
      volumeSizes: { error: "refused" },
    });
    expect(unreachable.find((c) => c.check === "gateway")).toMatchObject({ status: "fail" });
    expect(unreachable.find((c) => c.check === "builders")).toMatchObject({ status: "fail" });
    expect(exitStatus(unreachable)).toBe(2);
  });

  test("a full volume, leftover builders and a failed set-up", () => {
    const full = failing({
      ...without(
        healthy(),
        "gateway",
        "volume",
        "squid-cache",
        fact("volume", "squid-cache", String(0.95 * 1024 ** 3)),
      ),
    });
    expect(full).toEqual([expect.objectContaining({ check: "volume squid-cache", status: "warn" })]);
    const left = failing({ ...healthy(), instances: ["gateway", "bcmb-hello-1"] });
    expect(left[0]).toMatchObject({ check: "builders", status: "warn" });
    expect(left[0].fix).toMatch(/lxc delete --force --project bcm-e2e bcmb-hello-1/);
    const setup = failing(
      without(
        without(healthy(), "gateway", "setup", "errors", fact("setup", "errors", "1")),
        "gateway",
        "setup",
        "last",
        fact("setup", "last", "bcm-setup: FAILED units: squid.service"),
      ),
    );
    expect(setup[0]).toMatchObject({ check: "setup log", status: "fail" });
  });

  test("LXD's sizes", () => {
    expect(parseSize("1GiB")).toBe(1024 ** 3);
    expect(parseSize("500MB")).toBe(500e6);
    expect(parseSize("4096")).toBe(4096);
    expect(parseSize("")).toBeUndefined();
    expect(parseSize("lots")).toBeUndefined();
  });
});
