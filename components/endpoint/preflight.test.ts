/**
 * The preflight against stand-ins on loopback: a fake LXD API (https, client certificates
 * requested, trust by fingerprint, tokens it issued), a TLS server that is not LXD, and a port
 * where nothing listens. The real LXD is the e2e's (tests/e2e/remote.sh).
 */
import * as fs from "fs";
import * as pulumi from "@pulumi/pulumi";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { ConfigError } from "../config-error";
import { SelfSigned, selfSigned } from "../../tests/self-signed";
import { checkServer, prepareEndpoint, RemoteSettings } from "./index";
import { certificateFingerprint } from "./trust";

type KeyPair = SelfSigned;
const keyPair = (dir: string, cn: string): KeyPair => selfSigned(dir, cn);

const token = (fingerprint: string, secret: string, expiresAt?: string) =>
  Buffer.from(
    JSON.stringify({ client_name: "t", fingerprint, addresses: [], secret, expires_at: expiresAt }),
  ).toString("base64");

/** A fake LXD: GET /1.0 says whether the client certificate is trusted; POST /1.0/certificates takes a token. */
class FakeLxd {
  trusted = new Set<string>();
  tokens = new Set<string>();
  requests: { method: string; url: string; client?: string; body?: Record<string, string> }[] = [];
  server: https.Server;
  port = 0;
  constructor(identity: KeyPair) {
    this.server = https.createServer(
      { cert: identity.certPem, key: identity.keyPem, requestCert: true, rejectUnauthorized: false },
      (req, res) => {
        const peer = (req.socket as import("tls").TLSSocket).getPeerCertificate();
        const client = peer?.fingerprint256?.replace(/:/g, "").toLowerCase();
        let raw = "";
        req.on("data", (c) => (raw += c));
        req.on("end", () => {
          const body = raw ? (JSON.parse(raw) as Record<string, string>) : undefined;
          this.requests.push({ method: req.method ?? "", url: req.url ?? "", client, body });
          const send = (status: number, o: unknown) => {
            res.writeHead(status, { "content-type": "application/json" });
            res.end(JSON.stringify(o));
          };
          if (req.method === "GET" && req.url === "/1.0") {
            return send(200, {
              type: "sync",
              metadata: {
                auth: client && this.trusted.has(client) ? "trusted" : "untrusted",
                api_extensions: [],
              },
            });
          }
          if (req.method === "POST" && req.url === "/1.0/certificates" && client) {
            if (body?.password && this.tokens.delete(body.password)) {
              this.trusted.add(client);
              return send(200, { type: "sync", metadata: null });
            }
            return send(403, {
              type: "error",
              error_code: 403,
              error: "No matching certificate add operation found",
            });
          }
          send(404, { type: "error", error: "not found" });
        });
      },
    );
  }
  listen(): Promise<void> {
    return new Promise((resolve) =>
      this.server.listen(0, "127.0.0.1", () => {
        this.port = (this.server.address() as net.AddressInfo).port;
        resolve();
      }),
    );
  }
}

let dir: string;
let serverId: KeyPair;
let otherServer: KeyPair;
let client: KeyPair;
let lxd: FakeLxd;
const savedXdg = process.env.XDG_RUNTIME_DIR;

let warnings: string[] = [];
beforeAll(async () => {
  jest.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warnings.push(m));
  jest.spyOn(pulumi.log, "info").mockImplementation(async () => undefined);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-preflight-"));
  serverId = keyPair(dir, "server");
  otherServer = keyPair(dir, "other");
  client = keyPair(dir, "client");
  process.env.XDG_RUNTIME_DIR = path.join(dir, "run");
  fs.mkdirSync(process.env.XDG_RUNTIME_DIR);
  lxd = new FakeLxd(serverId);
  await lxd.listen();
});
afterAll(() => {
  lxd.server.close();
  process.env.XDG_RUNTIME_DIR = savedXdg;
  fs.rmSync(dir, { recursive: true, force: true });
});

const settings = (over: Partial<RemoteSettings> = {}): RemoteSettings => ({
  name: "bcm-endpoint",
  endpoint: { host: "127.0.0.1", port: lxd.port },
  acceptRemoteCertificate: false,
  ...over,
});

async function rejection(p: Promise<unknown>): Promise<ConfigError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe("preflight of a remote endpoint", () => {
  it("nothing listening: names bcm:lxdRemoteAddress, at once", async () => {
    const port = await freePort();
    const started = Date.now();
    const e = await rejection(checkServer(settings({ endpoint: { host: "127.0.0.1", port } })));
    expect(e.key).toBe("lxdRemoteAddress");
    expect(e.message).toContain(`127.0.0.1:${port}`);
    expect(e.message).toContain("connection refused");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a certificate the token does not name: refused before anything is sent", async () => {
    const t = token(certificateFingerprint(otherServer.certPem), "s1");
    const before = lxd.requests.length;
    const e = await rejection(checkServer(settings({ token: t })));
    expect(e.key).toBe("lxdRemoteTrustToken");
    expect(e.message).toContain(certificateFingerprint(serverId.certPem));
    expect(lxd.requests.length).toBe(before);
  });

  it("no token: lxdAcceptRemoteCertificate decides", async () => {
    expect((await rejection(checkServer(settings()))).key).toBe("lxdAcceptRemoteCertificate");
    warnings = [];
    const checked = await checkServer(settings({ acceptRemoteCertificate: true }));
    expect(checked.fingerprint).toBe(certificateFingerprint(serverId.certPem));
    expect(warnings).toEqual([expect.stringContaining(`${checked.fingerprint} accepted unverified`)]);
  });

  it("with a token: trusts the identity once (the server saw its certificate and the token), then needs no token", async () => {
    const secret = token(certificateFingerprint(serverId.certPem), "good");
    lxd.tokens.add(secret);
    const s = settings({ token: secret });
    const checked = await checkServer(s);
    // A preview sends nothing.
    const preview = await prepareEndpoint({
      settings: s,
      server: checked,
      identity: client,
      stack: "t",
      dryRun: true,
    });
    expect(preview.trust).toBe("request-at-up");
    expect(lxd.requests.filter((r) => r.method === "POST")).toHaveLength(0);

    const up = await prepareEndpoint({
      settings: s,
      server: checked,
      identity: client,
      stack: "t",
      dryRun: false,
    });
    expect(up.trust).toBe("trusted-now");
    const posts = lxd.requests.filter((r) => r.method === "POST");
    expect(posts).toEqual([
      {
        method: "POST",
        url: "/1.0/certificates",
        client: certificateFingerprint(client.certPem),
        body: { type: "client", password: secret },
      },
    ]);
    expect(lxd.trusted.has(certificateFingerprint(client.certPem))).toBe(true);
    expect(fs.readFileSync(path.join(up.configDir, "servercerts/bcm-endpoint.crt"), "utf8")).toBe(
      checked.certPem,
    );
    expect(fs.readFileSync(path.join(up.configDir, "client.key"), "utf8")).toBe(client.keyPem);
    expect(up.configDir.startsWith(process.env.XDG_RUNTIME_DIR as string)).toBe(true);

    // The token is spent (and now expired too): a later run does not need it.
    const expired = token(certificateFingerprint(serverId.certPem), "good", "2000-01-01T00:00:00Z");
    const later = await prepareEndpoint({
      settings: settings({ token: expired }),
      server: await checkServer(settings({ token: expired })),
      identity: client,
      stack: "t",
      dryRun: false,
    });
    expect(later.trust).toBe("already-trusted");
    expect(lxd.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("a wrong token: LXD's refusal, naming bcm:lxdRemoteTrustToken", async () => {
    const other = keyPair(dir, "client2");
    const wrong = token(certificateFingerprint(serverId.certPem), "never-issued");
    const s = settings({ token: wrong });
    const e = await rejection(
      prepareEndpoint({
        settings: s,
        server: await checkServer(s),
        identity: other,
        stack: "t2",
        dryRun: false,
      }),
    );
    expect(e.key).toBe("lxdRemoteTrustToken");
    expect(e.message).toContain('LXD answered 403 "No matching certificate add operation found"');
  });

  it("an expired token while untrusted: refused without asking LXD", async () => {
    const other = keyPair(dir, "client3");
    const expired = token(certificateFingerprint(serverId.certPem), "x", "2000-01-01T00:00:00Z");
    const s = settings({ token: expired });
    const posts = lxd.requests.filter((r) => r.method === "POST").length;
    const e = await rejection(
      prepareEndpoint({
        settings: s,
        server: await checkServer(s),
        identity: other,
        stack: "t3",
        dryRun: false,
      }),
    );
    expect(e.message).toContain("the token expired at 2000-01-01T00:00:00.000Z");
    expect(lxd.requests.filter((r) => r.method === "POST").length).toBe(posts);
  });

  it("a TLS server that is not LXD: names bcm:lxdRemoteAddress", async () => {
    const plain = https.createServer({ cert: otherServer.certPem, key: otherServer.keyPem }, (_req, res) =>
      res.end("<html>hello</html>"),
    );
    await new Promise<void>((r) => plain.listen(0, "127.0.0.1", r));
    try {
      const s = settings({
        endpoint: { host: "127.0.0.1", port: (plain.address() as net.AddressInfo).port },
        acceptRemoteCertificate: true,
      });
      const e = await rejection(
        prepareEndpoint({
          settings: s,
          server: await checkServer(s),
          identity: client,
          stack: "t4",
          dryRun: false,
        }),
      );
      expect(e.key).toBe("lxdRemoteAddress");
      expect(e.message).toContain("not the LXD API");
    } finally {
      plain.close();
    }
  });
});
