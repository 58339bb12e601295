/**
 * Runs the rendered DNS relay (unbound) for real on loopback in front of a fake Tor DNSPort that,
 * like Tor's, speaks UDP only: a client's query over TCP must be answered (the probe found
 * DNS-over-TCP failing with `end of file`), and what reaches the fake Tor must be UDP.
 */
import { createSocket } from "node:dgram";
import { writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { join } from "node:path";
import { renderUnboundConf } from "../../components/gateway/unbound";
import { parseReply, query, questionName } from "./dns-wire";
import {
  Daemon,
  freePorts,
  removeTempDirs,
  requireBinary,
  requireRoot,
  run,
  tempDir,
  waitForPort,
} from "./helpers";

/** The A records of a reply. */
function addresses(msg: Buffer): string[] {
  return parseReply(msg).addresses;
}

/** Where the question section ends, and its name. */
const questionEnd = questionName;

const torSeen: string[] = [];
const fakeTor = createSocket("udp4");
let daemon: Daemon;
let relayPort: number;
let conf: string;

beforeAll(async () => {
  const unbound = requireBinary("/usr/sbin/unbound", "unbound");
  requireRoot("running unbound");
  const [torPort, port] = await freePorts(2);
  relayPort = port;
  // Answers every A query over UDP, as Tor's DNSPort does (it has no TCP listener at all).
  fakeTor.on("message", (msg, rinfo) => {
    const { name, end } = questionEnd(msg);
    torSeen.push(name);
    const reply = Buffer.concat([
      msg.subarray(0, 2),
      Buffer.from([0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0]),
      msg.subarray(12, end),
      Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 127, 200, 1, 2]),
    ]);
    fakeTor.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => fakeTor.bind(torPort, "127.0.0.1", r));
  conf = join(tempDir("unbound"), "unbound.conf");
  writeFileSync(
    conf,
    renderUnboundConf({
      listen: { address: "127.0.0.1", port: relayPort },
      torDns: { address: "127.0.0.1", port: torPort },
      logQueries: false,
    }) +
      // Test-only: stay root (the temp dir is root's), log to stderr.
      'server:\n  username: ""\n  use-syslog: no\n  logfile: ""\n',
  );
  daemon = new Daemon(unbound, ["-d", "-p", "-c", conf]);
  await waitForPort(relayPort, daemon);
}, 30_000);

afterAll(async () => {
  await daemon?.stop();
  fakeTor.close();
  removeTempDirs();
});

function askUdp(name: string, id: number): Promise<string[]> {
  const s = createSocket("udp4");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (s.close(), reject(new Error(`no UDP answer for ${name}`))), 5000);
    s.on("message", (msg) => (clearTimeout(timer), s.close(), resolve(addresses(msg))));
    s.send(query(name, id), relayPort, "127.0.0.1");
  });
}

function askTcp(name: string, id: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    let data = Buffer.alloc(0);
    const timer = setTimeout(() => (s.destroy(), reject(new Error(`no TCP answer for ${name}`))), 5000);
    s.on("data", (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (data.length >= 2 && data.length >= 2 + data.readUInt16BE(0)) {
        clearTimeout(timer);
        s.destroy();
        resolve(addresses(data.subarray(2)));
      }
    });
    s.on("error", (err) => (clearTimeout(timer), reject(err)));
    s.connect(relayPort, "127.0.0.1", () => {
      const q = query(name, id);
      s.write(Buffer.concat([Buffer.from([q.length >> 8, q.length & 255]), q]));
    });
  });
}

describe("the DNS relay between dnsmasq and Tor's DNSPort", () => {
  it("passes unbound-checkconf", () => {
    const r = run(requireBinary("/usr/sbin/unbound-checkconf", "unbound"), [conf]);
    expect(r.output).toMatch(/no errors/);
    expect(r.status).toBe(0);
  });

  it("answers a query over UDP from Tor's answer", async () => {
    await expect(askUdp("udp.example.org", 1)).resolves.toEqual(["127.200.1.2"]);
    expect(torSeen).toContain("udp.example.org");
  });

  it("answers a query over TCP although Tor speaks UDP only", async () => {
    await expect(askTcp("tcp.example.org", 2)).resolves.toEqual(["127.200.1.2"]);
    expect(torSeen).toContain("tcp.example.org");
  });

  it("hands .onion names to Tor instead of answering NXDOMAIN itself (RFC 7686 zone)", async () => {
    const onion = "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion";
    await expect(askTcp(onion, 3)).resolves.toEqual(["127.200.1.2"]);
    expect(torSeen).toContain(onion);
  });
});
