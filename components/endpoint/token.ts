/**
 * LXD trust tokens (`lxc config trust add` on the endpoint). A token is base64 of a JSON object;
 * LXD 5.0.2 issues, e.g. (secret shortened):
 *   {"client_name":"admin-laptop","fingerprint":"31cebc93...bcf2","addresses":["127.0.0.1:8443"],
 *    "secret":"abfea7e7...5367","expires_at":"2026-11-23T11:58:41.601021006Z"}
 * `fingerprint` is the SHA-256 of the server certificate's DER: it lets the client verify the
 * server before it sends anything. `expires_at` is there only when the endpoint has
 * core.remote_token_expiry set (Go's zero time "0001-01-01T00:00:00Z" means no expiry).
 */
import { ConfigError } from "../config-error";

export interface TrustToken {
  clientName: string;
  /** Lower-case hex SHA-256 of the server certificate (DER). */
  fingerprint: string;
  addresses: string[];
  secret: string;
  /**
   * ISO time; undefined: the token does not expire. (A string, not a Date: the decoded token
   * travels through Pulumi outputs, which copy plain data only.)
   */
  expiresAt?: string;
}

const KEY = "lxdRemoteTrustToken";
/** A token is a secret: errors never print it. */
export const SECRET_SHOWN = "[secret]";

function malformed(why: string): ConfigError {
  return new ConfigError(
    KEY,
    SECRET_SHOWN,
    `not an LXD trust token (${why}): copy the whole line \`lxc config trust add\` printed on the endpoint`,
  );
}

export function decodeTrustToken(token: string): TrustToken {
  const text = token.trim();
  if (text === "") throw malformed("empty");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw malformed("not base64");
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, "base64").toString("utf8"));
  } catch {
    throw malformed("its base64 does not hold JSON");
  }
  if (typeof decoded !== "object" || decoded === null || Array.isArray(decoded)) {
    throw malformed("its JSON is not an object");
  }
  const o = decoded as Record<string, unknown>;
  if (typeof o.fingerprint !== "string" || !/^[0-9a-fA-F]{64}$/.test(o.fingerprint)) {
    throw malformed("no server certificate fingerprint (64 hex digits) in it");
  }
  if (typeof o.secret !== "string" || o.secret === "") throw malformed("no secret in it");
  const addresses = Array.isArray(o.addresses) ? o.addresses.filter((a) => typeof a === "string") : [];
  let expiresAt: string | undefined;
  if (o.expires_at !== undefined && o.expires_at !== null) {
    if (typeof o.expires_at !== "string" || Number.isNaN(Date.parse(o.expires_at))) {
      throw malformed("expires_at is not a time");
    }
    const at = new Date(o.expires_at);
    // Go's zero time: no expiry.
    if (at.getUTCFullYear() > 1) expiresAt = at.toISOString();
  }
  return {
    clientName: typeof o.client_name === "string" ? o.client_name : "",
    fingerprint: o.fingerprint.toLowerCase(),
    addresses: addresses as string[],
    secret: o.secret,
    expiresAt,
  };
}

/** Refuses a token past its expiry (checked only when the token is about to be used). */
export function checkNotExpired(token: TrustToken, now: Date): void {
  if (token.expiresAt !== undefined && Date.parse(token.expiresAt) <= now.getTime()) {
    throw new ConfigError(
      KEY,
      SECRET_SHOWN,
      `the token expired at ${token.expiresAt} (the endpoint's core.remote_token_expiry): ` +
        "issue a new one on the endpoint with `lxc config trust add` and set it with " +
        "`pulumi config set --secret bcm:lxdRemoteTrustToken <token>`",
    );
  }
}
