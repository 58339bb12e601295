/**
 * The few LXD API calls the preflight makes, over node's tls/http: the server certificate the
 * endpoint presents, GET /1.0 as the stack's client identity, and the trust request. Every
 * connection after the first is made only to a server presenting the certificate already judged
 * (pinned by fingerprint), before a byte of the request is sent. Bounded in time: a few seconds,
 * not the provider's minutes.
 */
import * as http from "http";
import * as tls from "tls";
import { ConfigError } from "../config-error";
import { certificateFingerprint, derToPem } from "./trust";

export const CONNECT_TIMEOUT_MS = 4_000;
export const REQUEST_TIMEOUT_MS = 15_000;

export interface Endpoint {
  host: string;
  port: number;
}

export function endpointLabel(e: Endpoint): string {
  return e.host.includes(":") ? `[${e.host}]:${e.port}` : `${e.host}:${e.port}`;
}

export interface ClientIdentity {
  certPem: string;
  keyPem: string;
}

/** The error for an endpoint that cannot be reached: names bcm:lxdRemoteAddress. */
export function unreachable(e: Endpoint, cause: string): ConfigError {
  return new ConfigError(
    "lxdRemoteAddress",
    endpointLabel(e),
    `no LXD answers there (${cause}): is the address right, and does the endpoint listen on it ` +
      "(`lxc config set core.https_address <address>:<port>` on the endpoint)?",
  );
}

function connect(e: Endpoint, identity: ClientIdentity | undefined): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: e.host,
      port: e.port,
      // The certificate is judged by its fingerprint (trust.ts), not by a CA: LXD's is self-signed.
      rejectUnauthorized: false,
      servername: /^[0-9.]+$|:/.test(e.host) ? undefined : e.host,
      cert: identity?.certPem,
      key: identity?.keyPem,
      minVersion: "TLSv1.2",
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(unreachable(e, `no TLS connection within ${CONNECT_TIMEOUT_MS / 1000} s`));
    }, CONNECT_TIMEOUT_MS);
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      reject(unreachable(e, err.code === "ECONNREFUSED" ? "connection refused" : err.message));
    });
  });
}

function presentedCertificate(socket: tls.TLSSocket): { pem: string; fingerprint: string } {
  const peer = socket.getPeerCertificate(false);
  if (!peer || !peer.raw) throw new Error("the endpoint presented no certificate");
  const pem = derToPem(peer.raw);
  return { pem, fingerprint: certificateFingerprint(pem) };
}

/** The certificate the endpoint presents (PEM and fingerprint); nothing else is sent. */
export async function fetchServerCertificate(e: Endpoint): Promise<{ pem: string; fingerprint: string }> {
  const socket = await connect(e, undefined);
  try {
    return presentedCertificate(socket);
  } finally {
    socket.destroy();
  }
}

export interface LxdResponse {
  status: number;
  body: { type?: string; error?: string; error_code?: number; metadata?: unknown };
}

/**
 * One request to the LXD API as `identity`, to a server presenting the certificate with
 * `pinnedFingerprint` only (checked after the handshake, before the request is written).
 */
export async function lxdRequest(args: {
  endpoint: Endpoint;
  pinnedFingerprint: string;
  identity: ClientIdentity;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}): Promise<LxdResponse> {
  const socket = await connect(args.endpoint, args.identity);
  const presented = presentedCertificate(socket).fingerprint;
  if (presented !== args.pinnedFingerprint) {
    socket.destroy();
    throw new Error(
      `the endpoint ${endpointLabel(args.endpoint)} now presents certificate ${presented}, not ${args.pinnedFingerprint}`,
    );
  }
  const payload = args.body === undefined ? undefined : JSON.stringify(args.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        createConnection: () => socket,
        method: args.method,
        host: args.endpoint.host,
        path: args.path,
        headers: {
          "user-agent": "bcm-pulumi",
          ...(payload === undefined
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
        },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          socket.destroy();
          const text = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as LxdResponse["body"] });
          } catch {
            reject(
              unreachable(
                args.endpoint,
                `a TLS server answers, but not the LXD API (HTTP ${res.statusCode}, no JSON)`,
              ),
            );
          }
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on("error", (err) => {
      socket.destroy();
      reject(unreachable(args.endpoint, `a TLS server answers, but not the LXD API (${err.message})`));
    });
    req.end(payload);
  });
}

export interface ServerInfo {
  auth: string;
  apiExtensions: string[];
  serverVersion?: string;
}

export async function getServer(args: {
  endpoint: Endpoint;
  pinnedFingerprint: string;
  identity: ClientIdentity;
}): Promise<ServerInfo> {
  const res = await lxdRequest({ ...args, method: "GET", path: "/1.0" });
  const meta = res.body.metadata as
    { auth?: string; api_extensions?: string[]; environment?: { server_version?: string } } | undefined;
  if (res.status !== 200 || typeof meta?.auth !== "string") {
    throw unreachable(
      args.endpoint,
      `a TLS server answers, but GET /1.0 is not LXD's (HTTP ${res.status}${res.body.error ? `: ${res.body.error}` : ""})`,
    );
  }
  return {
    auth: meta.auth,
    apiExtensions: meta.api_extensions ?? [],
    serverVersion: meta.environment?.server_version,
  };
}
