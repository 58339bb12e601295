/**
 * A remote LXD endpoint over HTTPS, with the client identity kept by the stack.
 *
 * The stack owns the LXD client key and certificate (@pulumi/tls, secrets in the state), so the
 * stack file, its state and the passphrase are all an operator needs on any machine. At run time
 * the program checks the endpoint (preflight), makes the trust request itself when the identity is
 * not trusted yet, and writes an lxc-format configuration directory the provider reads
 * (`configDir`, no generated certificates, no token: the provider only ever sees a trusted
 * identity and a pinned server certificate).
 */
import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";
import * as os from "os";
import { configDirPath, renderConfigDir, writeConfigDir } from "./config-dir";
import {
  ClientIdentity,
  Endpoint,
  ServerInfo,
  endpointLabel,
  fetchServerCertificate,
  getServer,
  lxdRequest,
} from "./lxd-api";
import { TrustToken, decodeTrustToken } from "./token";
import {
  certificateFingerprint,
  decideTrust,
  judgeServerCertificate,
  trustRefused,
  trustRequestBody,
} from "./trust";

/** Ten years: a new certificate means a new fingerprint, which the endpoint must be asked to trust again. */
export const CLIENT_CERT_VALIDITY_HOURS = 87600;

/** The stack's LXD client identity: an ECDSA P-256 key and a self-signed client certificate. */
export class LxdClientIdentity extends pulumi.ComponentResource {
  public readonly certPem: pulumi.Output<string>;
  /** A Pulumi secret. */
  public readonly privateKeyPem: pulumi.Output<string>;

  constructor(name: string, args: { commonName: string }, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:endpoint:LxdClientIdentity", name, {}, opts);
    const key = new tls.PrivateKey(name, { algorithm: "ECDSA", ecdsaCurve: "P256" }, { parent: this });
    const cert = new tls.SelfSignedCert(
      name,
      {
        privateKeyPem: key.privateKeyPem,
        subject: { commonName: args.commonName },
        validityPeriodHours: CLIENT_CERT_VALIDITY_HOURS,
        allowedUses: ["digital_signature", "client_auth"],
      },
      { parent: this },
    );
    this.certPem = cert.certPem;
    this.privateKeyPem = pulumi.secret(key.privateKeyPem);
    this.registerOutputs({ certPem: this.certPem });
  }
}

export interface RemoteSettings {
  name: string;
  endpoint: Endpoint;
  token?: string;
  password?: string;
  acceptRemoteCertificate: boolean;
}

export interface CheckedServer {
  certPem: string;
  fingerprint: string;
  token?: TrustToken;
}

/**
 * Runs a preflight stage; a failure is also logged as an error on its own line, so the operator
 * reads the setting to change first, not behind the engine's "error serializing property" chain.
 */
export async function reported<T>(stage: () => Promise<T>): Promise<T> {
  try {
    return await stage();
  } catch (err) {
    void pulumi.log.error(err instanceof Error ? err.message : String(err));
    throw err;
  }
}

/** https://host:port as terraform-lxd and lxc want it. */
export function endpointUrl(e: Endpoint): string {
  return `https://${endpointLabel(e)}`;
}

/**
 * Stage 1, no client identity needed (runs in every preview, also the first): the token is
 * well-formed, the endpoint answers TLS, and its certificate is the token's, or accepted.
 */
export async function checkServer(s: RemoteSettings): Promise<CheckedServer> {
  const token = s.token === undefined ? undefined : decodeTrustToken(s.token);
  const presented = await fetchServerCertificate(s.endpoint);
  const verdict = judgeServerCertificate({
    endpoint: endpointLabel(s.endpoint),
    presented: presented.fingerprint,
    token,
    acceptRemoteCertificate: s.acceptRemoteCertificate,
  });
  if (verdict.verifiedBy === "accepted-unverified") {
    void pulumi.log.warn(
      `LXD endpoint ${endpointLabel(s.endpoint)}: server certificate ${presented.fingerprint} accepted ` +
        "unverified (bcm:lxdAcceptRemoteCertificate, no trust token)",
    );
  }
  return { certPem: presented.pem, fingerprint: presented.fingerprint, token };
}

export interface PreparedEndpoint {
  configDir: string;
  server: ServerInfo;
  /** What happened to the client identity on this run. */
  trust: "already-trusted" | "trusted-now" | "request-at-up";
}

/**
 * Stage 2, with the stack's identity: GET /1.0 as it; if untrusted, the trust request (not in a
 * preview); then the configuration directory for the provider and lxc.
 */
export async function prepareEndpoint(args: {
  settings: RemoteSettings;
  server: CheckedServer;
  identity: ClientIdentity;
  stack: string;
  dryRun: boolean;
  now?: Date;
}): Promise<PreparedEndpoint> {
  const { settings: s, server } = args;
  const label = endpointLabel(s.endpoint);
  const conn = { endpoint: s.endpoint, pinnedFingerprint: server.fingerprint, identity: args.identity };
  const clientFingerprint = certificateFingerprint(args.identity.certPem);
  let info = await getServer(conn);
  const action = decideTrust({
    endpoint: label,
    auth: info.auth,
    clientFingerprint,
    token: server.token,
    hasPassword: s.password !== undefined,
    dryRun: args.dryRun,
    now: args.now ?? new Date(),
  });
  let trust: PreparedEndpoint["trust"] = "already-trusted";
  if (action.action === "request-at-up") trust = "request-at-up";
  if (action.action === "request") {
    const body = trustRequestBody({
      credential: action.credential,
      value: action.credential === "token" ? (s.token as string) : (s.password as string),
      explicitTrustToken: info.apiExtensions.includes("explicit_trust_token"),
    });
    const res = await lxdRequest({ ...conn, method: "POST", path: "/1.0/certificates", body });
    if (res.status >= 300) {
      throw trustRefused({
        endpoint: label,
        credential: action.credential,
        status: res.status,
        message: res.body.error ?? "",
      });
    }
    info = await getServer(conn);
    if (info.auth !== "trusted") {
      throw trustRefused({
        endpoint: label,
        credential: action.credential,
        status: res.status,
        message: `accepted, yet GET /1.0 still answers auth "${info.auth}"`,
      });
    }
    trust = "trusted-now";
    void pulumi.log.info(`LXD endpoint ${label}: client certificate ${clientFingerprint} is trusted now`);
  }
  const dir = configDirPath(process.env, os.tmpdir(), args.stack, clientFingerprint);
  writeConfigDir(
    dir,
    renderConfigDir({
      remoteName: s.name,
      url: endpointUrl(s.endpoint),
      clientCertPem: args.identity.certPem,
      clientKeyPem: args.identity.keyPem,
      serverCertPem: server.certPem,
    }),
  );
  return { configDir: dir, server: info, trust };
}
