/**
 * The decisions of the endpoint preflight, as pure functions: whether the server certificate the
 * endpoint presents may be used, and what to do about the stack's client identity. The network
 * part (lxd-api.ts) gathers the facts; these say what they mean, with errors that name the
 * `bcm:` setting to change.
 */
import { X509Certificate } from "crypto";
import { ConfigError } from "../config-error";
import { SECRET_SHOWN, TrustToken, checkNotExpired } from "./token";

/** Lower-case hex SHA-256 of a certificate's DER, as LXD prints fingerprints. */
export function certificateFingerprint(pem: string): string {
  return new X509Certificate(pem).fingerprint256.replace(/:/g, "").toLowerCase();
}

/** PEM of a certificate's DER bytes. */
export function derToPem(der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

export type ServerCertificateVerdict = { verifiedBy: "token" } | { verifiedBy: "accepted-unverified" };

/**
 * With a token, the server certificate must be the one the token names (acceptRemoteCertificate
 * plays no part). Without one, nothing pins it: lxdAcceptRemoteCertificate true accepts the
 * certificate presented, false refuses it.
 */
export function judgeServerCertificate(args: {
  endpoint: string;
  presented: string;
  token?: TrustToken;
  acceptRemoteCertificate: boolean;
}): ServerCertificateVerdict {
  if (args.token) {
    if (args.token.fingerprint === args.presented) return { verifiedBy: "token" };
    throw new ConfigError(
      "lxdRemoteTrustToken",
      SECRET_SHOWN,
      `the endpoint at ${args.endpoint} presents a server certificate with fingerprint ${args.presented}, ` +
        `but the token was issued by the server whose certificate has fingerprint ${args.token.fingerprint}: ` +
        "a token of another endpoint, the wrong bcm:lxdRemoteAddress, or someone in between",
    );
  }
  if (args.acceptRemoteCertificate) return { verifiedBy: "accepted-unverified" };
  throw new ConfigError(
    "lxdAcceptRemoteCertificate",
    false,
    `cannot verify the server certificate of ${args.endpoint} (fingerprint ${args.presented}) without a ` +
      "trust token: set bcm:lxdRemoteTrustToken (a token already used still pins the server), or, after " +
      "checking that fingerprint on the endpoint (`lxc info | grep certificate_fingerprint`), set " +
      "bcm:lxdAcceptRemoteCertificate to true to accept it unverified",
  );
}

export type TrustAction =
  /** The stack's client certificate is trusted: nothing to send. */
  | { action: "none" }
  /** Send the trust request (POST /1.0/certificates) with this credential. */
  | { action: "request"; credential: "token" | "password" }
  /** Preview: `up` will send the trust request; nothing is sent now. */
  | { action: "request-at-up"; credential: "token" | "password" };

/**
 * What to do about the client identity, given what GET /1.0 answered for it. A token or password
 * is needed only while the identity is untrusted: a used or expired token in the stack config
 * does not fail a later run.
 */
export function decideTrust(args: {
  endpoint: string;
  auth: string;
  clientFingerprint: string;
  token?: TrustToken;
  hasPassword: boolean;
  dryRun: boolean;
  now: Date;
}): TrustAction {
  if (args.auth === "trusted") return { action: "none" };
  let credential: "token" | "password";
  if (args.token) {
    checkNotExpired(args.token, args.now);
    credential = "token";
  } else if (args.hasPassword) {
    credential = "password";
  } else {
    throw new ConfigError(
      "lxdRemoteTrustToken",
      "[not set]",
      `the endpoint at ${args.endpoint} does not trust this stack's client certificate ` +
        `(fingerprint ${args.clientFingerprint}) and there is no token to ask it to: on the endpoint run ` +
        "`lxc config trust add --name <name>`, then `pulumi config set --secret bcm:lxdRemoteTrustToken <token>`",
    );
  }
  return args.dryRun ? { action: "request-at-up", credential } : { action: "request", credential };
}

/**
 * The trust request's body: LXD >= 5.x with explicit_trust_token takes trust_token, 5.0 the token as password.
 * No `restricted`/`projects` here: a token carries its own restrictions (`lxc config trust add
 * --restricted --projects`), and the stack cannot live with them on LXD 5.0: a restricted client
 * gets 403 for creating the project, the storage pool and the bcmnet bridge, which the stack owns
 * (README, "What the stack's LXD identity can do"). Measured on LXD 5.0.2.
 */
export function trustRequestBody(args: {
  credential: "token" | "password";
  value: string;
  explicitTrustToken: boolean;
}): Record<string, string> {
  if (args.credential === "token" && args.explicitTrustToken) {
    return { type: "client", trust_token: args.value };
  }
  return { type: "client", password: args.value };
}

/** The error for a trust request LXD refused, with LXD's own message. */
export function trustRefused(args: {
  endpoint: string;
  credential: "token" | "password";
  status: number;
  message: string;
}): ConfigError {
  const key = args.credential === "token" ? "lxdRemoteTrustToken" : "lxdRemoteTrustPassword";
  const hint =
    args.credential === "token"
      ? "a wrong token, one already used by another client, or an expired one: issue a new one on the " +
        "endpoint with `lxc config trust add` and set it with `pulumi config set --secret bcm:lxdRemoteTrustToken <token>`"
      : "a wrong core.trust_password";
  return new ConfigError(
    key,
    SECRET_SHOWN,
    `the endpoint at ${args.endpoint} refused the trust request: LXD answered ${args.status} "${args.message}" (${hint})`,
  );
}
