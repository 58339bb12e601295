/**
 * The ed25519/x25519 pieces Tor's key files need, on node:crypto and @noble/curves.
 *
 * Tor keeps an onion service's identity as an "expanded" ed25519 secret key (64 bytes): the
 * SHA-512 of the 32-byte seed, its first half clamped (byte 0 &= 248, byte 31 &= 63, byte 31 |= 64)
 * into the secret scalar a, its second half the nonce prefix used for signing (RFC 8032 5.1.5;
 * Tor: crypto_sign_seckey_expand). The public key is a*B.
 *
 * From a seed, node:crypto derives the public key itself. From an expanded key (what Tor's own
 * hs_ed25519_secret_key holds: there is no seed any more) node:crypto cannot, so
 * ed25519PublicKeyFromExpanded() has the audited @noble/curves library compute a*B (its
 * constant-time Point.BASE.multiply). No curve arithmetic is written here: only Tor's key layout,
 * clamping checks and the node:crypto glue. @noble/curves is pinned to 1.x because 2.x is
 * ESM-only and this project's CommonJS jest/ts-jest setup cannot load it.
 */
import { createHash, createPrivateKey, createPublicKey, KeyObject } from "node:crypto";
import { ed25519 } from "@noble/curves/ed25519.js";
import { bytesToNumberLE } from "@noble/curves/utils.js";

/** DER prefixes of a PKCS#8 PrivateKeyInfo holding a raw 32-byte key (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const PKCS8_X25519_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");

function check32(what: string, bytes: Uint8Array): Buffer {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 32) {
    // Never echo the bytes: they are key material.
    throw new Error(`${what} must be exactly 32 bytes (got ${describe(bytes)})`);
  }
  const b = Buffer.from(bytes);
  if (b.every((x) => x === 0)) throw new Error(`${what} is all zeroes`);
  return b;
}

function describe(v: unknown): string {
  return v instanceof Uint8Array ? `${v.length} bytes` : typeof v;
}

function rawPrivateKey(prefix: Buffer, key: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([prefix, key]), format: "der", type: "pkcs8" });
}

function rawPublicKey(priv: KeyObject): Buffer {
  const x = createPublicKey(priv).export({ format: "jwk" }).x;
  if (typeof x !== "string") throw new Error("node:crypto did not export the public key");
  return Buffer.from(x, "base64url");
}

/** The 32-byte seed inside a PKCS#8 PEM ed25519 key (tls.PrivateKey ED25519 privateKeyPemPkcs8). */
export function ed25519SeedFromPkcs8Pem(pem: string): Buffer {
  // The PKCS#8 header, assembled: no key material is written in this file.
  const header = `-----BEGIN ${"PRIVATE"} KEY-----`;
  if (typeof pem !== "string" || !pem.includes(header)) {
    throw new Error(`ed25519 key must be a PKCS#8 PEM ("${header}")`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    throw new Error("ed25519 key: PKCS#8 PEM could not be parsed");
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new Error(`ed25519 key: PEM holds a ${key.asymmetricKeyType} key, not ed25519`);
  }
  const d = key.export({ format: "jwk" }).d;
  if (typeof d !== "string") throw new Error("node:crypto did not export the ed25519 seed");
  return check32("ed25519 seed", Buffer.from(d, "base64url"));
}

/** The public key of a 32-byte seed (node:crypto). */
export function ed25519PublicKeyFromSeed(seed: Uint8Array): Buffer {
  return rawPublicKey(rawPrivateKey(PKCS8_ED25519_PREFIX, check32("ed25519 seed", seed)));
}

/** Tor's 64-byte expanded secret key of a seed: SHA-512(seed), first half clamped. */
export function expandEd25519Seed(seed: Uint8Array): Buffer {
  const h = createHash("sha512").update(check32("ed25519 seed", seed)).digest();
  h[0] &= 248;
  h[31] &= 63;
  h[31] |= 64;
  return h;
}

/** Whether the first half of an expanded key is a clamped scalar, as every Tor key is. */
export function isClampedExpandedKey(expanded: Uint8Array): boolean {
  return (
    expanded instanceof Uint8Array &&
    expanded.length === 64 &&
    (expanded[0] & 7) === 0 &&
    (expanded[31] & 0xc0) === 0x40
  );
}

// ---- Edwards25519 point arithmetic: @noble/curves (audited), not our own code ----

/** The encoded base point, for tests: 0x58 followed by 31 times 0x66. */
export const ED25519_BASE_POINT = Buffer.from(ed25519.Point.BASE.toBytes());

/**
 * The public key of Tor's 64-byte expanded secret key: a*B with a the little-endian first half.
 * Refuses keys whose scalar is not clamped (Tor never makes such keys; a wrong file would be).
 */
export function ed25519PublicKeyFromExpanded(expanded: Uint8Array): Buffer {
  if (!(expanded instanceof Uint8Array) || expanded.length !== 64) {
    throw new Error(`expanded ed25519 secret key must be exactly 64 bytes (got ${describe(expanded)})`);
  }
  if (!isClampedExpandedKey(expanded)) {
    throw new Error(
      "expanded ed25519 secret key is not clamped: not a key Tor made or expandEd25519Seed made",
    );
  }
  // The clamped scalar is in [2^254, 2^255), above the group order L; B has order L, so
  // a*B = (a mod L)*B, and Point.multiply() wants a scalar in [1, L).
  const a = ed25519.Point.Fn.create(bytesToNumberLE(expanded.subarray(0, 32)));
  return Buffer.from(ed25519.Point.BASE.multiply(a).toBytes());
}

// ---- x25519 (client authorization) ----

/** The x25519 clamping Tor applies when it generates a key (curve25519_secret_key_generate). */
export function clampX25519(key: Uint8Array): Buffer {
  const k = Buffer.from(check32("x25519 private key", key));
  k[0] &= 248;
  k[31] &= 127;
  k[31] |= 64;
  return k;
}

/** The x25519 public key of a private key (node:crypto; the scalar is clamped by X25519 itself). */
export function x25519PublicKey(privateKey: Uint8Array): Buffer {
  return rawPublicKey(rawPrivateKey(PKCS8_X25519_PREFIX, check32("x25519 private key", privateKey)));
}
