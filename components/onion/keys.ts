/**
 * Key material of v3 onion services with client authorization, turned into exactly the files
 * Tor reads (rend-spec-v3; formats checked against tor 0.4.9 in tests/realconfig/onion.test.ts).
 *
 * How the keys are generated in `pulumi up` (and why):
 *
 * - Service identity (ed25519): `new tls.PrivateKey(name, { algorithm: "ED25519" })`, and its
 *   `privateKeyPemPkcs8` (for ED25519 `privateKeyPem` is the same PKCS#8 PEM, Go has no other
 *   format for it) goes into onionServiceKeyFiles() inside an apply. The provider draws the key
 *   from Go's crypto/rand; the PEM outputs are additionalSecretOutputs, so the key exists only
 *   encrypted in the stack's state; `algorithm` is its only input, so every later `pulumi up`
 *   reads the same key back and the onion address never changes by accident. Rotation is
 *   replacing that one resource (`pulumi up --replace <urn>`): new key, new address. Do not use
 *   its publicKeyOpenssh/publicKeyPem/fingerprint outputs: they are not secret, and the public
 *   key *is* the onion address; take the address from onionServiceKeyFiles() and keep it secret.
 *   (A 32-byte `random.RandomBytes` seed would work too: pass the bytes. `random.RandomId` would
 *   not: its hex/b64 outputs are not secrets.) An existing service's key made by Tor itself can be
 *   adopted with readTorSecretKeyFile() + onionServiceKeyFilesFromExpanded(): Tor's file holds
 *   the expanded key, not a seed, so that path derives the public key from the expanded key.
 *
 * - Client authorization (x25519): `new random.RandomBytes(name, { length: 32 })`, one per
 *   client, its `base64` output (secret: RandomBytes marks base64 and hex as secret outputs)
 *   decoded to 32 bytes for clientAuthKeys(). @pulumi/tls has no X25519, and any 32 bytes are an
 *   x25519 private key: X25519 clamps the scalar itself. We still store the clamped form (as Tor
 *   does for keys it generates), so the .auth_private file holds exactly the scalar in use; the
 *   public key is the same either way. Again not RandomId (plain outputs). Revoking or rotating a
 *   client is removing or replacing its one RandomBytes resource.
 */
import { createHash } from "node:crypto";
import { RenderError, checkPath } from "../render-error";
import { base32Decode, base32Encode } from "./base32";
import {
  clampX25519,
  ed25519PublicKeyFromExpanded,
  ed25519PublicKeyFromSeed,
  ed25519SeedFromPkcs8Pem,
  expandEd25519Seed,
  x25519PublicKey,
} from "./ed25519";

/** Tor's tagged key files: "== <type>: type0 ==" NUL-padded to 32 bytes, then the key. */
export const SECRET_KEY_HEADER = "== ed25519v1-secret: type0 ==";
export const PUBLIC_KEY_HEADER = "== ed25519v1-public: type0 ==";
const HEADER_LEN = 32;

/** The three files Tor keeps in a HiddenServiceDir for the service's identity. */
export interface OnionServiceKeyFiles {
  /** 96 bytes: header + 64-byte expanded secret key. */
  hs_ed25519_secret_key: Buffer;
  /** 64 bytes: header + 32-byte public key. */
  hs_ed25519_public_key: Buffer;
  /** "<56 base32 chars>.onion\n", as Tor writes it. */
  hostname: string;
}

/** A 32-byte ed25519 seed (e.g. RandomBytes) or a PKCS#8 PEM (tls.PrivateKey ED25519). */
export type OnionServiceKey = Uint8Array | string;

/** Re-throws key errors as RenderError without ever echoing key material. */
function guarded<T>(argument: string, value: unknown, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RenderError) throw e;
    throw new RenderError(argument, value, (e as Error).message);
  }
}

const redacted = (v: unknown): string =>
  v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === "string" ? "<string>" : typeof v;

function tagged(header: string, body: Buffer): Buffer {
  const h = Buffer.alloc(HEADER_LEN);
  h.write(header, "ascii");
  return Buffer.concat([h, body]);
}

function keyFiles(expanded: Buffer, publicKey: Buffer): OnionServiceKeyFiles {
  return {
    hs_ed25519_secret_key: tagged(SECRET_KEY_HEADER, expanded),
    hs_ed25519_public_key: tagged(PUBLIC_KEY_HEADER, publicKey),
    hostname: `${onionAddress(publicKey)}\n`,
  };
}

/** The files of a service whose identity is a seed or a PKCS#8 PEM (see the top of this file). */
export function onionServiceKeyFiles(key: OnionServiceKey): OnionServiceKeyFiles {
  return guarded("onionServiceKey", redacted(key), () => {
    const seed = typeof key === "string" ? ed25519SeedFromPkcs8Pem(key) : Buffer.from(key);
    const publicKey = ed25519PublicKeyFromSeed(seed);
    return keyFiles(expandEd25519Seed(seed), publicKey);
  });
}

/** The files of a service from Tor's 64-byte expanded secret key (an existing Tor key). */
export function onionServiceKeyFilesFromExpanded(expanded: Uint8Array): OnionServiceKeyFiles {
  return guarded("expandedSecretKey", redacted(expanded), () => {
    const publicKey = ed25519PublicKeyFromExpanded(expanded);
    return keyFiles(Buffer.from(expanded), publicKey);
  });
}

function readTagged(argument: string, file: Uint8Array, header: string, bodyLen: number): Buffer {
  return guarded(argument, redacted(file), () => {
    const b = Buffer.from(file);
    if (b.length !== HEADER_LEN + bodyLen) {
      throw new Error(`must be ${HEADER_LEN + bodyLen} bytes`);
    }
    if (!b.subarray(0, HEADER_LEN).equals(tagged(header, Buffer.alloc(0)))) {
      throw new Error(`must start with "${header}" NUL-padded to ${HEADER_LEN} bytes`);
    }
    return b.subarray(HEADER_LEN);
  });
}

/** The 64-byte expanded secret key inside Tor's hs_ed25519_secret_key file. */
export function readTorSecretKeyFile(file: Uint8Array): Buffer {
  return readTagged("hs_ed25519_secret_key", file, SECRET_KEY_HEADER, 64);
}

/** The 32-byte public key inside Tor's hs_ed25519_public_key file. */
export function readTorPublicKeyFile(file: Uint8Array): Buffer {
  return readTagged("hs_ed25519_public_key", file, PUBLIC_KEY_HEADER, 32);
}

const VERSION = 0x03;

function checksum(publicKey: Buffer): Buffer {
  return createHash("sha3-256")
    .update(Buffer.from(".onion checksum", "ascii"))
    .update(publicKey)
    .update(Buffer.from([VERSION]))
    .digest()
    .subarray(0, 2);
}

/** "<base32(pubkey || checksum[0:2] || 0x03)>.onion", 56 lower-case characters before ".onion". */
export function onionAddress(publicKey: Uint8Array): string {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    throw new RenderError("publicKey", redacted(publicKey), "must be a 32-byte ed25519 public key");
  }
  const pk = Buffer.from(publicKey);
  return `${base32Encode(Buffer.concat([pk, checksum(pk), Buffer.from([VERSION])]))}.onion`;
}

/**
 * The public key of a v3 onion address (with or without ".onion"), after checking its length,
 * version byte and checksum; throws RenderError otherwise.
 */
export function onionPublicKey(address: string): Buffer {
  const bare = typeof address === "string" ? address.replace(/\.onion$/, "") : "";
  if (!/^[a-z2-7]{56}$/.test(bare)) {
    throw new RenderError("onionAddress", address, "must be 56 lower-case base32 characters (+ .onion)");
  }
  const raw = base32Decode(bare);
  const pk = raw.subarray(0, 32);
  if (raw[34] !== VERSION) throw new RenderError("onionAddress", address, "is not a v3 address");
  if (!raw.subarray(32, 34).equals(checksum(pk))) {
    throw new RenderError("onionAddress", address, "has a wrong checksum");
  }
  return pk;
}

/** What a service and one authorized client each need for x25519 client authorization. */
export interface ClientAuthKeys {
  /** The clamped 32-byte private key (what the client's .auth_private holds). */
  privateKey: Buffer;
  publicKey: Buffer;
  /** "descriptor:x25519:<base32 public key>": the service's authorized_clients/<name>.auth. */
  authLine: string;
  /**
   * "<address without .onion>:descriptor:x25519:<base32 private key>": the client's
   * <name>.auth_private in its ClientOnionAuthDir. The address is checked (checksum).
   */
  authPrivateLine(onionAddress: string): string;
}

/** Client authorization lines from a 32-byte x25519 private key (e.g. RandomBytes, length 32). */
export function clientAuthKeys(x25519PrivateKey: Uint8Array): ClientAuthKeys {
  return guarded("x25519PrivateKey", redacted(x25519PrivateKey), () => {
    const privateKey = clampX25519(x25519PrivateKey);
    const publicKey = x25519PublicKey(privateKey);
    const privateB32 = base32Encode(privateKey);
    return {
      privateKey,
      publicKey,
      authLine: `descriptor:x25519:${base32Encode(publicKey)}`,
      authPrivateLine(address: string): string {
        onionPublicKey(address);
        return `${address.replace(/\.onion$/, "")}:descriptor:x25519:${privateB32}`;
      },
    };
  });
}

/** The file name Tor itself uses for a permanent credential: "<address>.auth_private". */
export function clientAuthPrivateFileName(onionAddress: string): string {
  onionPublicKey(onionAddress);
  return `${onionAddress.replace(/\.onion$/, "")}.auth_private`;
}

/**
 * The torrc lines a client needs: where its *.auth_private files are (a directory of mode 0700
 * owned by the user Tor runs as, files 0600).
 */
export function clientTorrcLines(authDir: string): string[] {
  return [`ClientOnionAuthDir ${checkPath("authDir", authDir)}`];
}
