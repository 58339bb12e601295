/**
 * Runs the rendered DNS relay (unbound) and its gate (the rendered bcm-dns-gate script) for real
 * on loopback, in front of a fake Tor: a DNSPort that, like Tor's, speaks UDP only, and a
 * ControlPort that says whether Tor has a circuit. Closed (no circuit), every lookup must answer
 * SERVFAIL at once and reach nothing; open, a client's query over UDP and over TCP must be answered
 * by Tor (the probe found DNS-over-TCP failing with `end of file`).
 */
import { createSocket } from "node:dgram";
import { writeFileSync } from "node:fs";
import { Server, Socket, createServer } from "node:net";
import { join } from "node:path";
import { renderDnsGateScript } from "../../components/gateway/dns-gate";
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

const SERVFAIL = 2;

/** Where the question section ends, and its name. */
const questionEnd = questionName;

const torSeen: string[] = [];
const fakeTor = createSocket("udp4");
let daemon: Daemon;
let gate: Daemon | undefined;
let relayPort: number;
let conf: string;
let gateScript: string;
// What the fake ControlPort says, and the cookie it expects.
let torHasCircuit = false;
const cookie = Buffer.from("0123456789abcdef0123456789abcdef");
const controlLog: string[] = [];
let fakeControl: Server;

/** A ControlPort that answers the gate's AUTHENTICATE and GETINFO like Tor's. */
function startFakeControl(port: number): Promise<void> {
  fakeControl = createServer((s) => {
    let buffered = "";
    let authenticated = false;
    s.on("data", (chunk) => {
      buffered += chunk.toString();
      let i: number;
      while ((i = buffered.indexOf("\r\n")) >= 0) {
        const line = buffered.slice(0, i);
        buffered = buffered.slice(i + 2);
        controlLog.push(line.split(" ")[0]);
        if (line === `AUTHENTICATE ${cookie.toString("hex")}`) {
          authenticated = true;
          s.write("250 OK\r\n");
        } else if (line.startsWith("AUTHENTICATE")) {
          s.end("515 Authentication failed\r\n");
        } else if (line.startsWith("GETINFO") && authenticated) {
          const up = torHasCircuit ? 1 : 0;
          s.write(
            `250-status/circuit-established=${up}\r\n250-network-liveness=${torHasCircuit ? "up" : "down"}\r\n250 OK\r\n`,
          );
        } else if (line === "QUIT") {
          s.end("250 closing connection\r\n");
        } else {
          s.end("514 Authentication required.\r\n");
        }
      }
    });
    s.on("error", () => undefined);
  });
  return new Promise((r) => fakeControl.listen(port, "127.0.0.1", () => r()));
}

beforeAll(async () => {
  const unbound = requireBinary("/usr/sbin/unbound", "unbound");
  requireRoot("running unbound");
  const [torPort, port, controlPort] = await freePorts(3);
  relayPort = port;
  await startFakeControl(controlPort);
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
  const dir = tempDir("unbound");
  conf = join(dir, "unbound.conf");
  const cookieFile = join(dir, "control.authcookie");
  writeFileSync(cookieFile, cookie, { mode: 0o600 });
  gateScript = join(dir, "bcm-dns-gate");
  writeFileSync(
    gateScript,
    renderDnsGateScript({
      unboundConf: conf,
      torDns: { address: "127.0.0.1", port: torPort },
      closedAddress: "127.0.0.2",
      torControl: { address: "127.0.0.1", port: controlPort, cookieFile },
      intervalSeconds: 1,
    }),
    { mode: 0o755 },
  );
  writeFileSync(
    conf,
    renderUnboundConf({
      listen: { address: "127.0.0.1", port: relayPort },
      torDns: { address: "127.0.0.1", port: torPort },
      logQueries: false,
      gate: { closedAddress: "127.0.0.2", controlSocket: join(dir, "control.sock") },
    }) +
      // Test-only: stay root (the temp dir is root's), log to stderr.
      'server:\n  username: ""\n  use-syslog: no\n  logfile: ""\n',
  );
  daemon = new Daemon(unbound, ["-d", "-p", "-c", conf]);
  await waitForPort(relayPort, daemon);
}, 30_000);

afterAll(async () => {
  await gate?.stop();
  await daemon?.stop();
  fakeTor.close();
  fakeControl?.close();
  removeTempDirs();
});

interface Reply {
  rcode: number;
  addresses: string[];
}

function askUdp(name: string, id: number): Promise<Reply> {
  const s = createSocket("udp4");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (s.close(), reject(new Error(`no UDP answer for ${name}`))), 5000);
    s.on("message", (msg) => (clearTimeout(timer), s.close(), resolve(parseReply(msg))));
    s.send(query(name, id), relayPort, "127.0.0.1");
  });
}

function askTcp(name: string, id: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    let data = Buffer.alloc(0);
    const timer = setTimeout(() => (s.destroy(), reject(new Error(`no TCP answer for ${name}`))), 5000);
    s.on("data", (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (data.length >= 2 && data.length >= 2 + data.readUInt16BE(0)) {
        clearTimeout(timer);
        s.destroy();
        resolve(parseReply(data.subarray(2)));
      }
    });
    s.on("error", (err) => (clearTimeout(timer), reject(err)));
    s.connect(relayPort, "127.0.0.1", () => {
      const q = query(name, id);
      s.write(Buffer.concat([Buffer.from([q.length >> 8, q.length & 255]), q]));
    });
  });
}

/** Asks until the answer satisfies `done`, for at most `ms`; the last reply. */
async function askUntil(name: string, done: (r: Reply) => boolean, ms: number): Promise<Reply> {
  const deadline = Date.now() + ms;
  let id = 100;
  for (;;) {
    const reply = await askUdp(`${name}-${id}.example.org`, id++);
    if (done(reply) || Date.now() > deadline) return reply;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The gate's output once it matches (it logs right after switching), or as it is after 3 s. */
async function outputOf(daemon: Daemon, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 30 && !pattern.test(daemon.output); i++) await new Promise((r) => setTimeout(r, 100));
  return daemon.output;
}

/** A lookup's reply and how long it took, in ms. */
async function timed(ask: () => Promise<Reply>): Promise<{ reply: Reply; ms: number }> {
  const start = performance.now();
  const reply = await ask();
  return { reply, ms: performance.now() - start };
}

describe("the DNS relay between dnsmasq and Tor's DNSPort, behind the gate", () => {
  it("passes unbound-checkconf", () => {
    const r = run(requireBinary("/usr/sbin/unbound-checkconf", "unbound"), [conf]);
    expect(r.output).toMatch(/no errors/);
    expect(r.status).toBe(0);
  });

  it("starts closed: SERVFAIL at once over UDP and TCP, and nothing reaches Tor", async () => {
    const udp = await timed(() => askUdp("closed-udp.example.org", 1));
    const tcp = await timed(() => askTcp("closed-tcp.example.org", 2));
    expect(udp.reply.rcode).toBe(SERVFAIL);
    expect(tcp.reply.rcode).toBe(SERVFAIL);
    expect(udp.ms).toBeLessThan(1000);
    expect(tcp.ms).toBeLessThan(1000);
    expect(torSeen).toEqual([]);
  });

  it("opens when Tor reports a circuit (the gate authenticated with the cookie)", async () => {
    // Started while Tor has no circuit: it says so, and the relay stays closed.
    gate = new Daemon("/bin/bash", [gateScript]);
    expect(await outputOf(gate, /Tor has no circuit/)).toMatch(/Tor has no circuit/);
    expect((await askUdp("still-closed.example.org", 7)).rcode).toBe(SERVFAIL);
    torHasCircuit = true;
    const reply = await askUntil("opening", (r) => r.addresses.length > 0, 10_000);
    expect(reply).toEqual({ rcode: 0, addresses: ["127.200.1.2"] });
    expect(controlLog).toContain("AUTHENTICATE");
    expect(await outputOf(gate, /DNS goes to Tor's DNSPort/)).toMatch(/DNS goes to Tor's DNSPort/);
  }, 15_000);

  it("answers a query over UDP from Tor's answer", async () => {
    await expect(askUdp("udp.example.org", 3)).resolves.toEqual({ rcode: 0, addresses: ["127.200.1.2"] });
    expect(torSeen).toContain("udp.example.org");
  });

  it("answers a query over TCP although Tor speaks UDP only", async () => {
    await expect(askTcp("tcp.example.org", 4)).resolves.toEqual({ rcode: 0, addresses: ["127.200.1.2"] });
    expect(torSeen).toContain("tcp.example.org");
  });

  it("hands .onion names to Tor instead of answering NXDOMAIN itself (RFC 7686 zone)", async () => {
    const onion = "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion";
    await expect(askTcp(onion, 5)).resolves.toEqual({ rcode: 0, addresses: ["127.200.1.2"] });
    expect(torSeen).toContain(onion);
  });

  it("closes again when Tor loses its circuit: SERVFAIL at once, nothing reaches Tor", async () => {
    torHasCircuit = false;
    const reply = await askUntil("closing", (r) => r.rcode === SERVFAIL, 10_000);
    expect(reply.rcode).toBe(SERVFAIL);
    const seen = torSeen.length;
    const again = await timed(() => askUdp("after-close.example.org", 6));
    expect(again.reply.rcode).toBe(SERVFAIL);
    expect(again.ms).toBeLessThan(1000);
    expect(torSeen.length).toBe(seen);
    // One control connection for all these looks (Tor logs each new one).
    expect(controlLog.filter((c) => c === "AUTHENTICATE")).toHaveLength(1);
    expect(controlLog.filter((c) => c === "GETINFO").length).toBeGreaterThanOrEqual(3);
    expect(gate && (await outputOf(gate, /circuit: DNS goes[^]*Tor has no circuit/))).toMatch(
      /circuit: DNS goes[^]*Tor has no circuit/,
    );
  }, 15_000);
});
