/**
 * Sealing a backup's payload with the stack passphrase: AES-256-GCM under a key from scrypt.
 *
 * Why not leave it to the stack's secrets provider: `pulumi stack export` keeps the secrets
 * encrypted, but a backup also holds what is not a Pulumi secret and still private (the images
 * pushed to the private registry; under the e2e's engine-less harness, its plaintext state).
 * Sealed with the passphrase that already protects the stack, a backup asks nothing new of the
 * operator, and restore can tell a wrong passphrase (the key check) from a damaged or truncated
 * file (the GCM tag) before it changes anything.
 *
 * Layout: "BCMSEAL1" | log2(N) r p (1 byte each) | salt (16) | key check (32) | IV (12) |
 * ciphertext | GCM tag (16). The key check is an HMAC under a second half of the derived key, so
 * checking a passphrase reveals nothing about the content key.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scryptSync,
  timingSafeEqual,
} from "crypto";
import * as fs from "fs";
import { pipeline } from "stream/promises";

const MAGIC = Buffer.from("BCMSEAL1");
const SALT_BYTES = 16;
const CHECK_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 3 + SALT_BYTES + CHECK_BYTES + IV_BYTES;
/** scrypt N = 2^17, r = 8: 128 MiB and about half a second here, once per backup or restore. */
const DEFAULT_COST = { log2N: 17, r: 8, p: 1 };

/** Why a sealed file cannot be opened; `code` is the CLI's exit status. */
export class SealError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface Keys {
  content: Buffer;
  check: Buffer;
}

function deriveKeys(passphrase: string, salt: Buffer, cost: typeof DEFAULT_COST): Keys {
  if (passphrase.length === 0) throw new SealError("the passphrase is empty", 2);
  const N = 2 ** cost.log2N;
  const derived = scryptSync(passphrase, salt, 64, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r });
  return { content: derived.subarray(0, 32), check: derived.subarray(32) };
}

function keyCheck(keys: Keys): Buffer {
  return createHmac("sha256", keys.check).update("bcm-pulumi backup key check").digest();
}

/** Seals `input` into `output` (which must not exist). */
export async function seal(
  input: string,
  output: string,
  passphrase: string,
  cost: typeof DEFAULT_COST = DEFAULT_COST,
): Promise<void> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const keys = deriveKeys(passphrase, salt, cost);
  const cipher = createCipheriv("aes-256-gcm", keys.content, iv);
  const out = fs.openSync(output, "wx", 0o600);
  try {
    fs.writeSync(
      out,
      Buffer.concat([MAGIC, Buffer.from([cost.log2N, cost.r, cost.p]), salt, keyCheck(keys), iv]),
    );
    await pipeline(
      fs.createReadStream(input),
      cipher,
      fs.createWriteStream("", { fd: out, autoClose: false }),
    );
    fs.writeSync(out, cipher.getAuthTag());
  } finally {
    fs.closeSync(out);
  }
}

/**
 * Checks the passphrase against a sealed file's key check, without decrypting anything.
 * Throws SealError 3 for a wrong passphrase, 4 for a file that is not a whole sealed file.
 */
export function checkPassphrase(sealed: string, passphrase: string): void {
  readHeader(sealed, passphrase);
}

function readHeader(sealed: string, passphrase: string): { keys: Keys; iv: Buffer; size: number } {
  const size = fs.statSync(sealed).size;
  if (size < HEADER_BYTES + TAG_BYTES) {
    throw new SealError(`${sealed}: ${size} bytes, too short for a sealed backup (damaged or truncated)`, 4);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(sealed, "r");
  try {
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SealError(`${sealed}: not a sealed bcm-pulumi backup (no BCMSEAL1 header)`, 4);
  }
  let at = MAGIC.length;
  const cost = { log2N: header[at], r: header[at + 1], p: header[at + 2] };
  at += 3;
  if (cost.log2N < 10 || cost.log2N > 22 || cost.r < 1 || cost.r > 32 || cost.p < 1 || cost.p > 16) {
    throw new SealError(`${sealed}: implausible scrypt parameters in the header (damaged)`, 4);
  }
  const salt = header.subarray(at, (at += SALT_BYTES));
  const check = header.subarray(at, (at += CHECK_BYTES));
  const iv = header.subarray(at, (at += IV_BYTES));
  const keys = deriveKeys(passphrase, salt, cost);
  if (!timingSafeEqual(keyCheck(keys), check)) {
    throw new SealError("wrong passphrase: it is not the one this backup was sealed with", 3);
  }
  return { keys, iv, size };
}

/**
 * Opens `sealed` into `output` (which must not exist). Nothing is left at `output` unless the
 * whole file authenticated: a wrong passphrase is SealError 3, damage or truncation SealError 4.
 */
export async function open(sealed: string, output: string, passphrase: string): Promise<void> {
  const { keys, iv, size } = readHeader(sealed, passphrase);
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = fs.openSync(sealed, "r");
  try {
    fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    fs.closeSync(fd);
  }
  const decipher = createDecipheriv("aes-256-gcm", keys.content, iv);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      fs.createReadStream(sealed, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }),
      decipher,
      fs.createWriteStream(output, { flags: "wx", mode: 0o600 }),
    );
  } catch (err) {
    fs.rmSync(output, { force: true });
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw err;
    throw new SealError(`${sealed}: the content does not authenticate (damaged or truncated)`, 4);
  }
}

/** The passphrase the scripts hand over: the stack's, from the environment, never from argv. */
export function passphraseFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PULUMI_CONFIG_PASSPHRASE) return env.PULUMI_CONFIG_PASSPHRASE;
  throw new SealError(
    "no passphrase: set PULUMI_CONFIG_PASSPHRASE or BCM_PASSPHRASE_GPG (README: the passphrase)",
    2,
  );
}

/** CLI: seal <in> <out> | open <in> <out> | check <sealed>; the passphrase from the environment. */
async function main(argv: string[]): Promise<number> {
  const [command, input, output] = argv;
  try {
    const passphrase = passphraseFromEnvironment();
    if (command === "seal" && input && output) await seal(input, output, passphrase);
    else if (command === "open" && input && output) await open(input, output, passphrase);
    else if (command === "check" && input) checkPassphrase(input, passphrase);
    else {
      console.error("usage: seal.ts seal <in> <out> | open <sealed> <out> | check <sealed>");
      return 2;
    }
    return 0;
  } catch (err) {
    console.error(`seal: ${(err as Error).message}`);
    return err instanceof SealError ? err.code : 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
