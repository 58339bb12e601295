/**
 * The ed25519/x25519 pieces Tor's key files need, on node:crypto only.
 *
 * Tor keeps an onion service's identity as an "expanded" ed25519 secret key (64 bytes): the
 * SHA-512 of the 32-byte seed, its first half clamped (byte 0 &= 248, byte 31 &= 63, byte 31 |= 64)
 * into the secret scalar a, its second half the nonce prefix used for signing (RFC 8032 5.1.5;
 * Tor: crypto_sign_seckey_expand). The public key is a*B.
 *
 * From a seed, node:crypto derives the public key itself. From an expanded key (what Tor's own
 * hs_ed25519_secret_key holds: there is no seed any more) node:crypto cannot, so
 * ed25519PublicKeyFromExpanded() does the scalar multiplication a*B here, with BigInt, from the
 * curve definition in RFC 8032 5.1. It runs once per key at `pulumi up`/in tests on the operator's
 * machine and is not constant-time; nothing here signs or answers network requests.
 */
import { createHash, createPrivateKey, createPublicKey, KeyObject } from "node:crypto";

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

// ---- Edwards25519 arithmetic (RFC 8032 5.1), extended coordinates, a = -1 ----

const P = 2n ** 255n - 19n;
const mod = (a: bigint): bigint => {
  const r = a % P;
  return r < 0n ? r + P : r;
};
function pow(b: bigint, e: bigint): bigint {
  let r = 1n;
  b = mod(b);
  while (e > 0n) {
    if (e & 1n) r = (r * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return r;
}
const inv = (a: bigint): bigint => pow(a, P - 2n);
const D = mod(-121665n * inv(121666n));
const D2 = mod(2n * D);
const SQRT_M1 = pow(2n, (P - 1n) / 4n);

type Point = [bigint, bigint, bigint, bigint]; // X, Y, Z, T with x = X/Z, y = Y/Z, xy = T/Z

/** x from y and the sign of x (RFC 8032 5.1.3 step 2-4). */
function recoverX(y: bigint, sign: number): bigint {
  const x2 = mod((y * y - 1n) * inv(D * y * y + 1n));
  if (x2 === 0n) return 0n;
  let x = pow(x2, (P + 3n) / 8n);
  if (mod(x * x - x2) !== 0n) x = mod(x * SQRT_M1);
  if (mod(x * x - x2) !== 0n) throw new Error("not a curve point");
  return Number(x & 1n) === sign ? x : P - x;
}

// The base point: y = 4/5, x even.
const BY = mod(4n * inv(5n));
const BX = recoverX(BY, 0);
const BASE: Point = [BX, BY, 1n, mod(BX * BY)];

/** Complete addition (also doubles): RFC 8032 5.1.4. */
function add(p: Point, q: Point): Point {
  const a = mod((p[1] - p[0]) * (q[1] - q[0]));
  const b = mod((p[1] + p[0]) * (q[1] + q[0]));
  const c = mod(p[3] * D2 * q[3]);
  const d = mod(2n * p[2] * q[2]);
  const e = b - a;
  const f = d - c;
  const g = d + c;
  const h = b + a;
  return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)];
}

function encode(pt: Point): Buffer {
  const zi = inv(pt[2]);
  const x = mod(pt[0] * zi);
  let y = mod(pt[1] * zi);
  const out = Buffer.alloc(32);
  for (let i = 0; i < 32; i++, y >>= 8n) out[i] = Number(y & 0xffn);
  out[31] |= Number(x & 1n) << 7;
  return out;
}

/** The encoded base point, for tests: 0x58 followed by 31 times 0x66. */
export const ED25519_BASE_POINT = encode(BASE);

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
  let a = 0n;
  for (let i = 31; i >= 0; i--) a = (a << 8n) | BigInt(expanded[i]);
  let q: Point = [0n, 1n, 1n, 0n];
  for (let bit = 254; bit >= 0; bit--) {
    q = add(q, q);
    if ((a >> BigInt(bit)) & 1n) q = add(q, BASE);
  }
  return encode(q);
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
