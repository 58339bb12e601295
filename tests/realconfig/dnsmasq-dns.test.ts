/**
 * Runs the rendered dnsmasq config for real on loopback (inside NIC = lo, other
 * ports) with a fake "Tor DNSPort" on 127.0.0.1, and checks what is answered
 * locally, what goes upstream, and that nothing else does.
 */
import { createSocket } from "node:dgram";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDnsmasqConf } from "../../components/gateway/dnsmasq";
import { parseReply, query, questionName } from "./dns-wire";
import { Daemon, freePorts, removeTempDirs, requireBinary, requireRoot, tempDir } from "./helpers";
import { parseSubnet } from "../../components/net";

const upstreamSeen: string[] = [];
const upstream = createSocket("udp4");
let daemon: Daemon;
let dnsPort: number;

beforeAll(async () => {
  const dnsmasq = requireBinary("/usr/sbin/dnsmasq", "dnsmasq-base");
  requireRoot("running dnsmasq");
  const [upstreamPort, port, dhcpA, dhcpB] = await freePorts(4);
  dnsPort = port;
  // Fake Tor DNSPort: answers every A query, with a private address for "rebind.*".
  upstream.on("message", (msg, rinfo) => {
    const { name, end } = questionName(msg);
    upstreamSeen.push(name);
    const addr = name.startsWith("rebind.") ? [192, 168, 1, 1] : [1, 2, 3, 4];
    const reply = Buffer.concat([
      msg.subarray(0, 2),
      Buffer.from([0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0]),
      msg.subarray(12, end),
      Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, ...addr]),
    ]);
    upstream.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => upstream.bind(upstreamPort, "127.0.0.1", r));

  const dir = tempDir("dnsmasq-run");
  const conf =
    renderDnsmasqConf({
      insideInterface: "lo",
      insideAddress: "127.0.0.1",
      subnet: parseSubnet("loopback", "127.0.0.0/8"),
      dhcpRange: { start: "127.77.0.10", end: "127.77.0.20" },
      leaseTime: { text: "1h", seconds: 3600 },
      domain: "bcmnet",
      upstream: { address: "127.0.0.1", port: upstreamPort },
      hostRecords: [
        { name: "bcmnet", address: "10.148.10.1" },
        { name: "mirror.bcmnet", address: "10.148.10.1" },
      ],
      leaseFile: join(dir, "leases"),
      listenOnLoopback: false,
      logging: "private",
      pingBeforeOffer: false,
    }) +
    // Test-only: free ports instead of 53/67/68, foreground, no pid file, stay root.
    [
      `port=${dnsPort}`,
      `dhcp-alternate-port=${dhcpA},${dhcpB}`,
      "keep-in-foreground",
      "pid-file=",
      "user=root",
      "log-facility=-",
      "log-queries",
      "",
    ].join("\n");
  const file = join(dir, "dnsmasq.conf");
  writeFileSync(file, conf);
  daemon = new Daemon(dnsmasq, ["-C", file]);
  const deadline = Date.now() + 10_000;
  while (!/started, version/.test(daemon.output)) {
    if (daemon.exited || Date.now() > deadline) throw new Error(`dnsmasq did not start:\n${daemon.output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}, 20_000);

afterAll(async () => {
  await daemon?.stop();
  upstream.close();
  removeTempDirs();
});

let nextId = 1;
function ask(name: string): Promise<{ rcode: number; addresses: string[] }> {
  const s = createSocket("udp4");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (s.close(), reject(new Error(`no answer for ${name}`))), 5000);
    s.on("message", (msg) => (clearTimeout(timer), s.close(), resolve(parseReply(msg))));
    s.send(query(name, nextId++), dnsPort, "127.0.0.1");
  });
}

describe("dnsmasq resolves locally or through the Tor DNSPort only", () => {
  it("answers host records of the local domain itself", async () => {
    await expect(ask("mirror.bcmnet")).resolves.toEqual({ rcode: 0, addresses: ["10.148.10.1"] });
    await expect(ask("bcmnet")).resolves.toEqual({ rcode: 0, addresses: ["10.148.10.1"] });
  });

  it("never forwards unknown names of the local domain, nor bare names", async () => {
    expect((await ask("nosuchhost.bcmnet")).rcode).toBe(3); // NXDOMAIN
    await ask("singlelabel");
    expect(upstreamSeen.filter((n) => n.endsWith("bcmnet") || n === "singlelabel")).toEqual([]);
  });

  it("forwards other names to the configured upstream", async () => {
    await expect(ask("example.org")).resolves.toEqual({ rcode: 0, addresses: ["1.2.3.4"] });
    expect(upstreamSeen).toContain("example.org");
  });

  it("drops upstream answers pointing into private ranges (rebinding)", async () => {
    const r = await ask("rebind.example.org");
    expect(upstreamSeen).toContain("rebind.example.org");
    expect(r.addresses).toEqual([]);
  });
});
