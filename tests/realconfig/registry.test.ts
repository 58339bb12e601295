/**
 * Starts Debian's docker-registry (distribution 2.8.2) with the rendered configs on
 * 127.0.0.1 and checks, with curl and throwaway certificates: TLS 1.3 only, a client
 * certificate from our CA required, and mirror mode pulling through from a second,
 * plain-HTTP registry on loopback (never the internet).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dump } from "js-yaml";
import { renderRegistryConfig, RegistryArgs } from "../../components/registry/config";
import { Daemon, freePorts, removeTempDirs, requireBinary, run, tempDir, waitForPort } from "./helpers";
import { parseRegistryOrigin } from "../../components/registry/settings";
import { selfSigned } from "../self-signed";

const REGISTRY = "/usr/bin/docker-registry";
const daemons: Daemon[] = [];
let pki: Record<
  | "ca"
  | "serverCrt"
  | "serverKey"
  | "clientCrt"
  | "clientKey"
  | "rogueCrt"
  | "rogueKey"
  | "clientCas"
  | "operatorCrt"
  | "operatorKey"
  | "revokedCrt"
  | "revokedKey",
  string
>;

function openssl(...args: string[]): void {
  const r = run(requireBinary("/usr/bin/openssl", "openssl"), args);
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${r.output}`);
}

/** A CA and a leaf certificate it signs (EC P-256, 1 day). */
function makePki(dir: string) {
  const p = (n: string) => join(dir, n);
  const newKeyReq = (name: string, cn: string) =>
    openssl(
      "req",
      "-new",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      p(`${name}.key`),
      "-out",
      p(`${name}.csr`),
      "-subj",
      `/CN=${cn}`,
    );
  const sign = (name: string, ca: string, ext: string) => {
    writeFileSync(p(`${name}.ext`), ext);
    openssl(
      "x509",
      "-req",
      "-in",
      p(`${name}.csr`),
      "-CA",
      p(`${ca}.crt`),
      "-CAkey",
      p(`${ca}.key`),
      "-CAcreateserial",
      "-days",
      "1",
      "-out",
      p(`${name}.crt`),
      "-extfile",
      p(`${name}.ext`),
    );
  };
  // ops-old and ops: two generations of the operators' CA (components/pki), the same subject as
  // there; the registry lists ours and the current operators' one.
  for (const ca of ["ca", "rogue-ca", "ops-old-ca", "ops-ca"]) {
    selfSigned(dir, ca, 1, ca.startsWith("ops") ? "bcm operators CA" : ca);
  }
  newKeyReq("server", "localhost");
  sign("server", "ca", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  newKeyReq("client", "bcm-client");
  sign("client", "ca", "extendedKeyUsage=clientAuth\n");
  newKeyReq("rogue", "rogue-client");
  sign("rogue", "rogue-ca", "extendedKeyUsage=clientAuth\n");
  newKeyReq("operator", "operator");
  sign("operator", "ops-ca", "extendedKeyUsage=clientAuth\n");
  newKeyReq("revoked", "operator");
  sign("revoked", "ops-old-ca", "extendedKeyUsage=clientAuth\n");
  writeFileSync(
    p("client-ca.crt"),
    readFileSync(p("ca.crt"), "utf8") + readFileSync(p("ops-ca.crt"), "utf8"),
  );
  return {
    clientCas: p("client-ca.crt"),
    operatorCrt: p("operator.crt"),
    operatorKey: p("operator.key"),
    revokedCrt: p("revoked.crt"),
    revokedKey: p("revoked.key"),
    ca: p("ca.crt"),
    serverCrt: p("server.crt"),
    serverKey: p("server.key"),
    clientCrt: p("client.crt"),
    clientKey: p("client.key"),
    rogueCrt: p("rogue.crt"),
    rogueKey: p("rogue.key"),
  };
}

async function startRegistry(configText: string, port: number): Promise<Daemon> {
  const file = join(tempDir("registry-conf"), "config.yml");
  writeFileSync(file, configText);
  const daemon = new Daemon(requireBinary(REGISTRY, "docker-registry"), ["serve", file]);
  daemons.push(daemon);
  await waitForPort(port, daemon);
  return daemon;
}

/** curl against 127.0.0.1 only; returns curl's exit status and the HTTP code. */
function curl(
  port: number,
  path: string,
  extra: string[],
): { status: number | null; code: string; output: string } {
  const r = run(requireBinary("/usr/bin/curl", "curl"), [
    "-sS",
    "--noproxy",
    "*",
    "--max-time",
    "10",
    "-o",
    "/dev/null",
    "-w",
    "%{http_code}",
    "--cacert",
    pki.ca,
    ...extra,
    `https://127.0.0.1:${port}${path}`,
  ]);
  return { status: r.status, code: r.stdout.trim(), output: r.output };
}
const asClient = () => ["--cert", pki.clientCrt, "--key", pki.clientKey];

function registryArgs(port: number): RegistryArgs {
  return {
    insideAddress: "127.0.0.1",
    port,
    storageDir: join(tempDir("registry-data"), "data"),
    httpSecret: "test-secret-0123456789",
    tls: { certificate: pki.serverCrt, key: pki.serverKey, clientCa: pki.ca },
  };
}

beforeAll(() => {
  requireBinary(REGISTRY, "docker-registry");
  pki = makePki(tempDir("pki"));
});
afterAll(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  removeTempDirs();
});

describe("private registry (TLS 1.3 + client certificates)", () => {
  let port: number;
  let daemon: Daemon;
  beforeAll(async () => {
    [port] = await freePorts(1);
    daemon = await startRegistry(renderRegistryConfig(registryArgs(port)), port);
  }, 30_000);

  it("serves /v2/ to a client with a certificate from our CA", () => {
    expect(curl(port, "/v2/", asClient())).toMatchObject({ status: 0, code: "200" });
    expect(curl(port, "/v2/", ["--tlsv1.3", ...asClient()])).toMatchObject({ status: 0, code: "200" });
  });

  it("refuses the handshake without a client certificate", () => {
    const r = curl(port, "/v2/", []);
    expect(r.status).not.toBe(0);
    expect(r.code).toBe("000");
  });

  it("refuses a client certificate from another CA", () => {
    const r = curl(port, "/v2/", ["--cert", pki.rogueCrt, "--key", pki.rogueKey]);
    expect(r.status).not.toBe(0);
    expect(r.code).toBe("000");
  });

  it("refuses TLS 1.2 even with a good client certificate", () => {
    const r = curl(port, "/v2/", ["--tlsv1.2", "--tls-max", "1.2", ...asClient()]);
    expect(r.status).toBe(35); // CURLE_SSL_CONNECT_ERROR: protocol version alert
    expect(r.code).toBe("000");
    expect(daemon.output).toMatch(/restricting TLS version to tls1\.3/);
  });
});

describe("the registry's client CAs: the hosts' and the current operators' (components/pki)", () => {
  let port: number;
  beforeAll(async () => {
    [port] = await freePorts(1);
    const args = registryArgs(port);
    await startRegistry(
      renderRegistryConfig({ ...args, tls: { ...args.tls, clientCa: pki.clientCas } }),
      port,
    );
  }, 30_000);

  it("serves a host's client (our CA) and an operator's (the operators' CA)", () => {
    expect(curl(port, "/v2/", asClient())).toMatchObject({ status: 0, code: "200" });
    expect(curl(port, "/v2/", ["--cert", pki.operatorCrt, "--key", pki.operatorKey])).toMatchObject({
      status: 0,
      code: "200",
    });
  });

  it("refuses an operator certificate of the replaced operators' CA in the handshake", () => {
    const r = curl(port, "/v2/", ["--cert", pki.revokedCrt, "--key", pki.revokedKey]);
    expect(r.status).not.toBe(0);
    expect(r.code).toBe("000");
  });
});

describe("mirror mode (pull-through from a plain-HTTP registry on loopback)", () => {
  let upstreamPort: number;
  let mirrorPort: number;
  const blob = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  const digest = `sha256:${createHash("sha256").update(blob).digest("hex")}`;

  beforeAll(async () => {
    [upstreamPort, mirrorPort] = await freePorts(2);
    // The upstream stands in for a public registry; it is test scaffolding, not rendered.
    const upstream = {
      version: "0.1",
      log: { level: "warn" },
      storage: { filesystem: { rootdirectory: join(tempDir("upstream-data"), "data") } },
      http: { addr: `127.0.0.1:${upstreamPort}`, secret: "upstream-secret-0123" },
    };
    await startRegistry(dump(upstream), upstreamPort);
    // Push one tiny image (config blob + manifest) to the upstream.
    const base = `http://127.0.0.1:${upstreamPort}/v2/bcm/test`;
    const start = await fetch(`${base}/blobs/uploads/`, { method: "POST" });
    expect(start.status).toBe(202);
    const location = new URL(start.headers.get("location")!, base);
    location.searchParams.set("digest", digest);
    const put = await fetch(location, {
      method: "PUT",
      body: blob,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(put.status).toBe(201);
    const manifest = {
      schemaVersion: 2,
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      config: { mediaType: "application/vnd.docker.container.image.v1+json", size: blob.length, digest },
      layers: [],
    };
    const man = await fetch(`${base}/manifests/v1`, {
      method: "PUT",
      body: JSON.stringify(manifest),
      headers: { "content-type": manifest.mediaType },
    });
    expect(man.status).toBe(201);

    const text = renderRegistryConfig({
      ...registryArgs(mirrorPort),
      proxy: { remote: parseRegistryOrigin(`http://127.0.0.1:${upstreamPort}`, "registryMirrorUpstream") },
    });
    await startRegistry(text, mirrorPort);
  }, 30_000);

  it("starts, serves /v2/ over TLS 1.3 with client certificates only", () => {
    expect(curl(mirrorPort, "/v2/", asClient())).toMatchObject({ status: 0, code: "200" });
    expect(curl(mirrorPort, "/v2/", []).code).toBe("000");
  });

  it("pulls a manifest and a blob through from the upstream", () => {
    const accept = ["-H", "Accept: application/vnd.docker.distribution.manifest.v2+json"];
    expect(curl(mirrorPort, "/v2/bcm/test/manifests/v1", [...accept, ...asClient()])).toMatchObject({
      code: "200",
    });
    expect(curl(mirrorPort, `/v2/bcm/test/blobs/${digest}`, asClient())).toMatchObject({ code: "200" });
    expect(curl(mirrorPort, "/v2/bcm/test/manifests/nope", [...accept, ...asClient()]).code).toBe("404");
  });
});
