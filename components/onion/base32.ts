/**
 * RFC 4648 base32 without padding, as Tor writes it: lower-case alphabet "a-z2-7" (onion
 * addresses, client authorization keys). Decoding accepts either case, like Tor's base32_decode,
 * but refuses padding, foreign characters, and non-zero trailing bits (which would make two
 * different strings decode to the same key). Error messages never repeat the text: it may be a key.
 */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >>> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

/** Length of the unpadded base32 text for n bytes (Tor's BASE32_NOPAD_LEN). */
export function base32Length(n: number): number {
  return Math.ceil((n * 8) / 5);
}

export function base32Decode(text: string): Buffer {
  if (typeof text !== "string" || !/^[a-zA-Z2-7]*$/.test(text)) {
    throw new Error("not unpadded base32 (only a-z and 2-7)");
  }
  const n = Math.floor((text.length * 5) / 8);
  if (base32Length(n) !== text.length) {
    throw new Error(`base32 text of ${text.length} characters is not a whole number of bytes`);
  }
  const out = Buffer.alloc(n);
  let acc = 0;
  let bits = 0;
  let i = 0;
  for (const ch of text.toLowerCase()) {
    acc = (acc << 5) | ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[i++] = (acc >>> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  if (acc !== 0) throw new Error("base32 text has non-zero trailing bits");
  return out;
}
