import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { join } from "node:path";
import { hashTorControlPassword, renderTorrc, TorrcArgs } from "../../components/tor/torrc";
import { Daemon, freePorts, removeTempDirs, requireBinary, run, tempDir, waitForPort } from "./helpers";
import { parseSubnet } from "../../components/net";

const TOR = "/usr/bin/tor";
const tor = () => requireBinary(TOR, "tor");
const daemons: Daemon[] = [];
afterAll(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  removeTempDirs();
});

/** Every torrc here keeps Tor off the network (DisableNetwork 1) and on loopback. */
async function testTorrc(password: string): Promise<{ file: string; args: TorrcArgs }> {
  const [socks, dns, control, squid, mirror] = await freePorts(5);
  const dir = tempDir("tor");
  const args: TorrcArgs = {
    socks: {
      address: "127.0.0.1",
      port: socks,
      policyAccept: [parseSubnet("loopback", "127.0.0.0/8"), parseSubnet("bcmnetCidr", "10.148.10.0/24")],
    },
    dns: { address: "127.0.0.1", port: dns },
    isolated: [
      { port: squid, consumer: "Squid" },
      { port: mirror, consumer: "the registry mirror" },
    ],
    control: {
      port: control,
      hashedPassword: hashTorControlPassword(password, randomBytes(8).toString("hex")),
    },
    dataDirectory: join(dir, "data"),
    disableNetwork: true,
    log: "stdout",
  };
  const text = renderTorrc(args);
  expect(text).toMatch(/^DisableNetwork 1$/m);
  const file = join(dir, "torrc");
  writeFileSync(file, text);
  return { file, args };
}

/** Sends one command on a fresh control connection; returns the first reply line. */
function control(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    let buf = "";
    const timer = setTimeout(() => (s.destroy(), reject(new Error(`no reply to ${command}`))), 10_000);
    s.on("data", (d) => {
      buf += d;
      if (buf.includes("\r\n")) {
        clearTimeout(timer);
        s.destroy();
        resolve(buf.split("\r\n")[0]);
      }
    });
    s.on("error", (e) => (clearTimeout(timer), reject(e)));
    s.connect(port, "127.0.0.1", () => s.write(`${command}\r\n`));
  });
}

/** AUTHENTICATE, then one command; returns the command's reply. */
function controlAuthenticated(port: number, password: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    let buf = "";
    const timer = setTimeout(() => (s.destroy(), reject(new Error(`no reply to ${command}`))), 10_000);
    s.on("data", (d) => {
      buf += d;
      const lines = buf.split("\r\n");
      // "250 OK" (authenticated), then the reply, whose last line is "250 " (no dash) too.
      if (lines.filter((l) => l.startsWith("250 ")).length >= 2 || /^5\d\d /m.test(buf)) {
        clearTimeout(timer);
        s.destroy();
        resolve(buf);
      }
    });
    s.on("error", (e) => (clearTimeout(timer), reject(e)));
    s.connect(port, "127.0.0.1", () => s.write(`AUTHENTICATE "${password}"\r\n${command}\r\n`));
  });
}

describe("tor accepts the rendered torrc", () => {
  it("tor --verify-config", async () => {
    const { file } = await testTorrc("pw");
    const r = run(tor(), ["--verify-config", "--defaults-torrc", "/dev/null", "-f", file]);
    expect(r.output).toMatch(/Configuration was valid/);
    expect(r.status).toBe(0);
  });

  it("our hash has the exact shape tor --hash-password prints", () => {
    const r = run(tor(), ["--hash-password", "pw", "--quiet"]);
    expect(r.status).toBe(0);
    const real = r.output.trim().split("\n").pop()!;
    expect(real).toMatch(/^16:[0-9A-F]{16}60[0-9A-F]{40}$/);
    // Same salt in, same string out.
    expect(hashTorControlPassword("pw", real.slice(3, 19))).toBe(real);
  });

  it("a running tor (DisableNetwork 1) takes our password on its ControlPort", async () => {
    const password = "correct horse battery staple";
    const { file, args } = await testTorrc(password);
    const daemon = new Daemon(tor(), ["--defaults-torrc", "/dev/null", "-f", file]);
    daemons.push(daemon);
    await waitForPort(args.control.port, daemon);
    await expect(control(args.control.port, `AUTHENTICATE "${password}"`)).resolves.toBe("250 OK");
    await expect(control(args.control.port, 'AUTHENTICATE "wrong password"')).resolves.toMatch(/^515 /);
    await expect(control(args.control.port, "GETINFO version")).resolves.toMatch(/^514 /);
    // Tor took every consumer's SocksPort, each its own session group (stream isolation).
    // (DisableNetwork keeps the listeners closed, so ask for the configuration Tor runs with.)
    const socksPorts = await controlAuthenticated(args.control.port, password, "GETCONF SocksPort");
    for (const port of [args.socks.port, ...(args.isolated ?? []).map((l) => l.port)]) {
      expect(socksPorts).toMatch(new RegExp(`SocksPort=127\\.0\\.0\\.1:${port} .*SessionGroup=${port}`));
    }
    expect(daemon.output).not.toMatch(/\[err\]/);
    await daemon.stop();
  }, 60_000);
});
