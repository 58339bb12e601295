import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { parseFacts, renderClientProbe, renderGatewayProbe } from "./probes";
import { SITE } from "./site-fixture";

/**
 * A stand-in for Tor's ControlPort: cookie authentication, GETINFO, SETEVENTS, EXTENDCIRCUIT.
 * `circuit` says what becomes of the fresh circuit: built, failed, or nothing (a cut network).
 */
function fakeTor(cookieHex: string, circuit: "built" | "failed" | "silent"): Promise<net.Server> {
  const server = net.createServer((socket) => {
    let buffer = "";
    socket.on("data", (chunk) => {
      buffer += chunk.toString();
      let at: number;
      while ((at = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (line.startsWith("AUTHENTICATE "))
          socket.write(line === `AUTHENTICATE ${cookieHex}` ? "250 OK\r\n" : "515 Bad\r\n");
        else if (line === "GETINFO status/bootstrap-phase")
          socket.write(
            '250-status/bootstrap-phase=NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY="Done"\r\n250 OK\r\n',
          );
        else if (line === "GETINFO network-liveness") socket.write("250-network-liveness=up\r\n250 OK\r\n");
        else if (line.startsWith("GETINFO hs/service/desc/id/"))
          socket.write(
            line.includes("aaaa")
              ? `250+${line.slice(8)}=\r\nhs-descriptor 3\r\n.\r\n250 OK\r\n`
              : "552 Unrecognized\r\n",
          );
        else if (line === "SETEVENTS CIRC") socket.write("250 OK\r\n");
        else if (line === "EXTENDCIRCUIT 0") {
          socket.write("250 EXTENDED 7\r\n650 CIRC 3 BUILT $AAAA\r\n");
          if (circuit === "built")
            setTimeout(() => socket.write("650 CIRC 7 BUILT $AAAA,$BBBB,$CCCC\r\n"), 50);
          if (circuit === "failed") socket.write("650 CIRC 7 FAILED REASON=TIMEOUT\r\n");
        } else if (line.startsWith("CLOSECIRCUIT") || line === "QUIT") socket.end();
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("the gateway probe, run by bash against stand-ins", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "doctor-"));
    fs.writeFileSync(path.join(dir, "cookie"), Buffer.from("0123456789abcdef", "hex"));
    // systemctl: squid masked (inactive), everything else active.
    fs.writeFileSync(
      path.join(dir, "systemctl"),
      '#!/bin/sh\nif [ "$2" = squid.service ]; then [ "$1" = is-enabled ] && echo masked || echo inactive; exit 1; fi\n[ "$1" = is-enabled ] && echo enabled || echo active\n',
      { mode: 0o755 },
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function facts(circuit: "built" | "failed" | "silent") {
    const tor = await fakeTor("0123456789abcdef", circuit);
    try {
      const port = (tor.address() as net.AddressInfo).port;
      const script = renderGatewayProbe({
        site: { ...SITE, torControl: { port, cookieFile: path.join(dir, "cookie") } },
        onionAddresses: ["aaaa.onion", "bbbb.onion"],
        circuitSeconds: 1,
      });
      const started = Date.now();
      const out = await new Promise<string>((resolve, reject) => {
        const child = execFile(
          "bash",
          ["-s"],
          { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } },
          (err, stdout) => (err ? reject(err) : resolve(stdout)),
        );
        child.stdin?.end(script);
      });
      return { facts: parseFacts(out), ms: Date.now() - started };
    } finally {
      tor.close();
    }
  }
  const value = (f: ReturnType<typeof parseFacts>, kind: string, key: string) =>
    f.find((x) => x.kind === kind && x.key === key)?.values;

  test("units, Tor's answers, descriptors and a built circuit become facts", async () => {
    const { facts: f } = await facts("built");
    expect(value(f, "unit", "squid.service")).toEqual(["inactive", "masked"]);
    expect(value(f, "unit", "tor@default.service")).toEqual(["active", "enabled"]);
    expect(value(f, "tor", "control")).toEqual(["ok"]);
    expect(value(f, "tor", "bootstrap")).toEqual(["100"]);
    expect(value(f, "tor", "liveness")).toEqual(["up"]);
    expect(value(f, "onion", "aaaa.onion")).toEqual(["yes"]);
    expect(value(f, "onion", "bbbb.onion")).toEqual(["no"]);
    // Another circuit's BUILT event (3) is not ours (7).
    expect(value(f, "tor", "circuit")?.[0]).toBe("built");
  });

  test("a circuit that fails, and one that never answers (a cut network) within the limit", async () => {
    expect(value((await facts("failed")).facts, "tor", "circuit")?.[0]).toBe("failed");
    const silent = await facts("silent");
    expect(value(silent.facts, "tor", "circuit")?.[0]).toBe("timeout");
    expect(silent.ms).toBeLessThan(3000);
  });

  test("a refused cookie is a fact, not a pass", async () => {
    fs.writeFileSync(path.join(dir, "cookie"), "wrong");
    const { facts: f } = await facts("built");
    expect(value(f, "tor", "control")?.[0]).toMatch(/^refused/);
    expect(value(f, "tor", "circuit")).toBeUndefined();
  });
});

describe("the client probe", () => {
  test("an open and a closed port, as a client sees them", async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const open = (server.address() as net.AddressInfo).port;
    try {
      const script = renderClientProbe({
        tcp: [
          { service: "up", address: "127.0.0.1", port: open },
          { service: "down", address: "127.0.0.1", port: 1 },
        ],
        dnsName: "localhost",
        tls: [],
      });
      const f = parseFacts(execFileSync("bash", ["-s"], { input: script, encoding: "utf8" }));
      expect(f.find((x) => x.key === "up")?.values).toEqual(["open"]);
      expect(f.find((x) => x.key === "down")?.values).toEqual(["closed"]);
      expect(f.find((x) => x.kind === "dns")?.values[0]).toMatch(/^(127\.0\.0\.1|::1)$/);
    } finally {
      server.close();
    }
  });

  test("a missing client bundle gives empty TLS facts (no evidence), not another directory's", () => {
    const script = renderClientProbe({
      tcp: [],
      dnsName: "localhost",
      tls: [{ endpoint: "127.0.0.1:1", certsDir: "/nonexistent/certs.d/127.0.0.1:1" }],
    });
    const f = parseFacts(execFileSync("bash", ["-s"], { input: script, encoding: "utf8", cwd: os.tmpdir() }));
    expect(f.find((x) => x.kind === "served")?.values ?? [""]).toEqual([""]);
    expect(f.find((x) => x.kind === "clientcert")?.values ?? [""]).toEqual([""]);
    expect(f.find((x) => x.kind === "api")?.values[0]).toBe("000");
  });

  test("refuses words it would have to quote", () => {
    expect(() => renderClientProbe({ tcp: [], dnsName: "a; rm -rf /", tls: [] })).toThrow(/will not quote/);
  });
});
