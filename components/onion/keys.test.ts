import { generateKeyPairSync, randomBytes } from "node:crypto";
import { RenderError } from "../render-error";
import { base32Decode, base32Encode, base32Length } from "./base32";
import {
  ED25519_BASE_POINT,
  clampX25519,
  ed25519PublicKeyFromExpanded,
  ed25519PublicKeyFromSeed,
  ed25519SeedFromPkcs8Pem,
  expandEd25519Seed,
  x25519PublicKey,
} from "./ed25519";
import {
  PUBLIC_KEY_HEADER,
  SECRET_KEY_HEADER,
  clientAuthKeys,
  clientAuthPrivateFileName,
  clientTorrcLines,
  onionAddress,
  onionPublicKey,
  onionServiceKeyFiles,
  onionServiceKeyFilesFromExpanded,
  readTorPublicKeyFile,
  readTorSecretKeyFile,
} from "./keys";

const hex = (s: string) => Buffer.from(s, "hex");

// RFC 8032 7.1 TEST 1: seed and public key. The onion address of that public key is the one
// Tor's own unit test expects (src/test/test_hs_common.c, test_build_address, made by the
// independent hs_build_address.py script).
const RFC8032_SEED = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const RFC8032_PUB = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const RFC8032_ONION = "25njqamcweflpvkl73j4szahhihoc4xt3ktcgjnpaingr5yhkenl5sid.onion";

// Tor's ed25519 test vectors (src/test/ed25519_vectors.inc): seed, expanded secret key, public key.
const TOR_ED25519_VECTORS: [string, string, string][] = [
  [
    "26c76712d89d906e6672dafa614c42e5cb1caac8c6568e4d2493087db51f0d36",
    "c0a4de23cc64392d85aa1da82b3defddbea946d13bb053bf8489fa9296281f495022f1f7ec0dcf52f07d4c7965c4eaed121d5d88d0a8ff546b06116a20e97755",
    "c2247870536a192d142d056abefca68d6193158e7c1a59c1654c954eccaff894",
  ],
  [
    "fba7a5366b5cb98c2667a18783f5cf8f4f8d1a2ce939ad22a6e685edde85128d",
    "18a8a69a06790dac778e882f7e868baacfa12521a5c058f5194f3a729184514a2a656fe7799c3e41f43d756da8d9cd47a061316cfe6147e23ea2f90d1ca45f30",
    "1519a3b15816a1aafab0b213892026ebf5c0dc232c58b21088d88cb90e9b940d",
  ],
  [
    "67e3aa7a14fac8445d15e45e38a523481a69ae35513c9e4143eb1c2196729a0e",
    "58d84f8862d2ecfa30eb491a81c36d05b574310ea69dae18ecb57e992a896656b982187ee96c15bf4caeeab2d0b0ae4cd0b8d17470fc7efa98bb26428f4ef36d",
    "081faa81992e360ea22c06af1aba096e7a73f1c665bc8b3e4e531c46455fd1dd",
  ],
];

// A service key made by the real Tor 0.4.9.11 (Debian) in an empty HiddenServiceDir: the 64 bytes
// after the header of its hs_ed25519_secret_key, of its hs_ed25519_public_key, and its hostname.
const TOR_MADE = {
  expanded: hex(
    "c061845c9a11f678a52fc4483e3aa21f502227e9ec63b927d4150e68ee5d057b" +
      "3f1d353755ba918a99c866dbc55b491114186ce9290b134396beb169e5fb8af7",
  ),
  publicKey: hex("b85248764b74c45b6f9b72493cc57d28249804571ebf741eb13210dcdc2a1075"),
  hostname: "xbjeq5slotcfw343ojetzrl5fasjqbcxd27xihvrgiinzxbkcb2xsvqd.onion\n",
};

// A real, published v3 address (DuckDuckGo), made by other software: its checksum must verify.
const DDG = "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion";

/** PKCS#8 PEM of a seed, as Go's x509.MarshalPKCS8PrivateKey (the tls provider) writes it. */
function pkcs8Pem(seed: Buffer): string {
  const der = Buffer.concat([hex("302e020100300506032b657004220420"), seed]);
  return `-----BEGIN PRIVATE KEY-----\n${der.toString("base64")}\n-----END PRIVATE KEY-----\n`;
}

function header(text: string): Buffer {
  const h = Buffer.alloc(32);
  h.write(text, "ascii");
  return h;
}

describe("base32", () => {
  // RFC 4648 section 10, lower-case and without padding (Tor's form).
  it.each([
    ["", ""],
    ["f", "my"],
    ["fo", "mzxq"],
    ["foo", "mzxw6"],
    ["foob", "mzxw6yq"],
    ["fooba", "mzxw6ytb"],
    ["foobar", "mzxw6ytboi"],
  ])("RFC 4648 vector %j", (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(plain);
    expect(base32Decode(encoded.toUpperCase()).toString()).toBe(plain);
  });

  it("round-trips random bytes with the right lengths", () => {
    for (const n of [1, 2, 3, 4, 5, 32, 35, 64]) {
      const b = randomBytes(n);
      const s = base32Encode(b);
      expect(s).toHaveLength(base32Length(n));
      expect(s).toMatch(/^[a-z2-7]*$/);
      expect(base32Decode(s).equals(b)).toBe(true);
    }
    expect(base32Length(32)).toBe(52);
    expect(base32Length(35)).toBe(56);
  });

  it("refuses padding, other characters, impossible lengths and stray trailing bits", () => {
    expect(() => base32Decode("my======")).toThrow(/base32/);
    expect(() => base32Decode("mz0q")).toThrow(/base32/);
    expect(() => base32Decode("m")).toThrow(/whole number of bytes/);
    expect(() => base32Decode("mz")).toThrow(/trailing bits/); // "my" is the only encoding of "f"
  });
});

describe("ed25519 as Tor keeps it", () => {
  it("the base point encodes as 0x58 0x66...", () => {
    expect(ED25519_BASE_POINT.toString("hex")).toBe(`58${"66".repeat(31)}`);
  });

  it("RFC 8032 TEST 1: seed -> public key", () => {
    expect(ed25519PublicKeyFromSeed(RFC8032_SEED).equals(RFC8032_PUB)).toBe(true);
    expect(ed25519PublicKeyFromExpanded(expandEd25519Seed(RFC8032_SEED)).equals(RFC8032_PUB)).toBe(true);
  });

  it.each(TOR_ED25519_VECTORS)(
    "Tor's vector %s: seed -> expanded key -> public key",
    (seed, expanded, pub) => {
      expect(expandEd25519Seed(hex(seed)).toString("hex")).toBe(expanded);
      expect(ed25519PublicKeyFromExpanded(hex(expanded)).toString("hex")).toBe(pub);
      expect(ed25519PublicKeyFromSeed(hex(seed)).toString("hex")).toBe(pub);
    },
  );

  it("the @noble/curves a*B of the expanded key agrees with node:crypto on random seeds", () => {
    for (let i = 0; i < 20; i++) {
      const seed = randomBytes(32);
      expect(
        ed25519PublicKeyFromExpanded(expandEd25519Seed(seed)).equals(ed25519PublicKeyFromSeed(seed)),
      ).toBe(true);
    }
  });

  it("expanded keys are clamped: bits 0-2 clear, bit 255 clear, bit 254 set", () => {
    for (let i = 0; i < 20; i++) {
      const e = expandEd25519Seed(randomBytes(32));
      expect(e).toHaveLength(64);
      expect(e[0] & 7).toBe(0);
      expect(e[31] & 0xc0).toBe(0x40);
    }
  });

  it("reads the seed out of a PKCS#8 PEM (tls.PrivateKey ED25519) and out of node's own PEM", () => {
    expect(ed25519SeedFromPkcs8Pem(pkcs8Pem(RFC8032_SEED)).equals(RFC8032_SEED)).toBe(true);
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const d = Buffer.from(privateKey.export({ format: "jwk" }).d!, "base64url");
    expect(ed25519SeedFromPkcs8Pem(pem).equals(d)).toBe(true);
  });
});

describe("onionAddress", () => {
  it("matches Tor's test vector (RFC 8032 TEST 1 public key)", () => {
    expect(onionAddress(RFC8032_PUB)).toBe(RFC8032_ONION);
  });

  it("is 56 lower-case base32 characters, then .onion; ends in the version 'd' (0x03)", () => {
    const a = onionAddress(ed25519PublicKeyFromSeed(randomBytes(32)));
    expect(a).toMatch(/^[a-z2-7]{56}\.onion$/);
    // 35 bytes = 280 bits = 56 characters; the last 5 bits are the low bits of 0x03.
    expect(a.slice(55, 56)).toBe("d");
  });

  it("embeds the public key, SHA3-256 checksum and version byte", () => {
    const raw = base32Decode(RFC8032_ONION.slice(0, 56));
    expect(raw).toHaveLength(35);
    expect(raw.subarray(0, 32).equals(RFC8032_PUB)).toBe(true);
    expect(raw[34]).toBe(3);
    expect(onionPublicKey(RFC8032_ONION).equals(RFC8032_PUB)).toBe(true);
  });

  it("verifies a real address made by other software, with or without .onion", () => {
    const pk = onionPublicKey(DDG);
    expect(onionAddress(pk)).toBe(DDG);
    expect(onionPublicKey(DDG.replace(/\.onion$/, "")).equals(pk)).toBe(true);
  });

  it("refuses bad public keys and bad addresses", () => {
    expect(() => onionAddress(randomBytes(31))).toThrow(RenderError);
    expect(() => onionAddress("abc" as unknown as Buffer)).toThrow(/32-byte/);
    // One character changed: the checksum no longer matches.
    const bad = `${RFC8032_ONION[0] === "a" ? "b" : "a"}${RFC8032_ONION.slice(1)}`;
    expect(() => onionPublicKey(bad)).toThrow(/checksum/);
    expect(() => onionPublicKey(RFC8032_ONION.toUpperCase())).toThrow(/lower-case/);
    expect(() => onionPublicKey(RFC8032_ONION.slice(1))).toThrow(/56/);
    expect(() => onionPublicKey("expyuzz4wqqyqhjn.onion")).toThrow(/56/); // v2
    // Version byte 0x02 with a correct-looking rest: last character changes.
    const raw = base32Decode(RFC8032_ONION.slice(0, 56));
    raw[34] = 2;
    expect(() => onionPublicKey(base32Encode(raw))).toThrow(/v3/);
  });
});

describe("onionServiceKeyFiles", () => {
  it("writes Tor's tagged files: 96 and 64 bytes with NUL-padded headers, hostname with newline", () => {
    const f = onionServiceKeyFiles(RFC8032_SEED);
    expect(f.hs_ed25519_secret_key).toHaveLength(96);
    expect(f.hs_ed25519_public_key).toHaveLength(64);
    expect(f.hs_ed25519_secret_key.subarray(0, 32).equals(header(SECRET_KEY_HEADER))).toBe(true);
    expect(f.hs_ed25519_public_key.subarray(0, 32).equals(header(PUBLIC_KEY_HEADER))).toBe(true);
    expect(f.hs_ed25519_secret_key.subarray(0, 29).toString("ascii")).toBe("== ed25519v1-secret: type0 ==");
    expect(f.hs_ed25519_secret_key.subarray(29, 32).equals(Buffer.alloc(3))).toBe(true);
    expect(f.hs_ed25519_secret_key.subarray(32).equals(expandEd25519Seed(RFC8032_SEED))).toBe(true);
    expect(f.hs_ed25519_public_key.subarray(32).equals(RFC8032_PUB)).toBe(true);
    expect(f.hostname).toBe(`${RFC8032_ONION}\n`);
  });

  it("the PKCS#8 PEM and the bare seed give the same files", () => {
    expect(onionServiceKeyFiles(pkcs8Pem(RFC8032_SEED))).toEqual(onionServiceKeyFiles(RFC8032_SEED));
  });

  it("reproduces, byte for byte, the files the real Tor made for its own key", () => {
    const f = onionServiceKeyFilesFromExpanded(TOR_MADE.expanded);
    expect(
      f.hs_ed25519_secret_key.equals(Buffer.concat([header(SECRET_KEY_HEADER), TOR_MADE.expanded])),
    ).toBe(true);
    expect(
      f.hs_ed25519_public_key.equals(Buffer.concat([header(PUBLIC_KEY_HEADER), TOR_MADE.publicKey])),
    ).toBe(true);
    expect(f.hostname).toBe(TOR_MADE.hostname);
    // And reading those files back gives the keys.
    expect(readTorSecretKeyFile(f.hs_ed25519_secret_key).equals(TOR_MADE.expanded)).toBe(true);
    expect(readTorPublicKeyFile(f.hs_ed25519_public_key).equals(TOR_MADE.publicKey)).toBe(true);
  });

  it("seed and expanded paths agree", () => {
    const seed = randomBytes(32);
    expect(onionServiceKeyFilesFromExpanded(expandEd25519Seed(seed))).toEqual(onionServiceKeyFiles(seed));
  });

  it("refuses bad keys without ever printing them", () => {
    const short = randomBytes(31);
    const check = (f: () => unknown, message: RegExp, secret?: Buffer) => {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RenderError);
      expect((err as Error).message).toMatch(message);
      if (secret) {
        expect((err as Error).message).not.toContain(secret.toString("hex"));
        expect((err as Error).message).not.toContain(secret.toString("base64"));
      }
    };
    check(() => onionServiceKeyFiles(short), /32 bytes/, short);
    check(() => onionServiceKeyFiles(randomBytes(33)), /32 bytes/);
    check(() => onionServiceKeyFiles(Buffer.alloc(32)), /all zeroes/);
    check(() => onionServiceKeyFiles("not a pem"), /PKCS#8 PEM/);
    check(
      () => onionServiceKeyFiles("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
      /parsed/,
    );
    const x = generateKeyPairSync("x25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    check(() => onionServiceKeyFiles(x), /x25519 key, not ed25519/);
    const e = expandEd25519Seed(randomBytes(32));
    check(() => onionServiceKeyFilesFromExpanded(e.subarray(0, 63)), /64 bytes/, e.subarray(0, 63));
    const unclamped = Buffer.from(e);
    unclamped[0] |= 1;
    check(() => onionServiceKeyFilesFromExpanded(unclamped), /not clamped/, unclamped);
    check(() => readTorSecretKeyFile(Buffer.concat([header(PUBLIC_KEY_HEADER), e])), /ed25519v1-secret/, e);
    check(
      () => readTorSecretKeyFile(Buffer.concat([header(SECRET_KEY_HEADER), e, Buffer.alloc(1)])),
      /96 bytes/,
    );
    check(() => readTorPublicKeyFile(Buffer.alloc(64)), /ed25519v1-public/);
  });
});

describe("client authorization (x25519)", () => {
  // RFC 7748 6.1: Alice's and Bob's private and public keys.
  const ALICE = {
    priv: hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"),
    pub: hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"),
  };
  const BOB = {
    priv: hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"),
    pub: hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"),
  };

  it.each([
    ["Alice", ALICE],
    ["Bob", BOB],
  ])("RFC 7748 %s: public key, and the .auth line carries it in base32", (_n, v) => {
    expect(x25519PublicKey(v.priv).equals(v.pub)).toBe(true);
    const k = clientAuthKeys(v.priv);
    expect(k.publicKey.equals(v.pub)).toBe(true);
    expect(k.authLine).toBe(`descriptor:x25519:${base32Encode(v.pub)}`);
    expect(k.authLine).toMatch(/^descriptor:x25519:[a-z2-7]{52}$/);
  });

  it("stores the clamped private key; clamping does not change the public key", () => {
    const raw = Buffer.from(ALICE.priv);
    raw[0] |= 7;
    raw[31] |= 0x80;
    raw[31] &= ~0x40;
    const k = clientAuthKeys(raw);
    expect(k.privateKey.equals(clampX25519(ALICE.priv))).toBe(true);
    expect(k.privateKey[0] & 7).toBe(0);
    expect(k.privateKey[31] & 0xc0).toBe(0x40);
    expect(k.publicKey.equals(ALICE.pub)).toBe(true);
    expect(x25519PublicKey(raw).equals(ALICE.pub)).toBe(true);
  });

  it("the .auth_private line: address without .onion, then the base32 private key", () => {
    const k = clientAuthKeys(ALICE.priv);
    const line = k.authPrivateLine(RFC8032_ONION);
    expect(line).toBe(
      `${RFC8032_ONION.slice(0, 56)}:descriptor:x25519:${base32Encode(clampX25519(ALICE.priv))}`,
    );
    expect(k.authPrivateLine(RFC8032_ONION.slice(0, 56))).toBe(line);
    expect(line.split(":")).toHaveLength(4);
    expect(line.split(":")[3]).toHaveLength(52);
    expect(base32Decode(line.split(":")[3]).equals(k.privateKey)).toBe(true);
    expect(clientAuthPrivateFileName(RFC8032_ONION)).toBe(`${RFC8032_ONION.slice(0, 56)}.auth_private`);
  });

  it("refuses bad keys (without printing them) and bad addresses", () => {
    const short = randomBytes(31);
    expect(() => clientAuthKeys(short)).toThrow(/32 bytes/);
    try {
      clientAuthKeys(short);
    } catch (e) {
      expect((e as Error).message).not.toContain(short.toString("hex"));
    }
    expect(() => clientAuthKeys(Buffer.alloc(32))).toThrow(/all zeroes/);
    expect(() => clientAuthKeys("x".repeat(32) as unknown as Buffer)).toThrow(RenderError);
    const k = clientAuthKeys(ALICE.priv);
    expect(() => k.authPrivateLine("nope.onion")).toThrow(RenderError);
    expect(() => k.authPrivateLine(`${RFC8032_ONION.slice(0, 55)}a.onion`)).toThrow(RenderError);
    expect(() => clientAuthPrivateFileName("../x")).toThrow(RenderError);
  });

  it("clientTorrcLines", () => {
    expect(clientTorrcLines("/var/lib/tor/onion_auth")).toEqual([
      "ClientOnionAuthDir /var/lib/tor/onion_auth",
    ]);
    expect(() => clientTorrcLines("relative/dir")).toThrow(RenderError);
    expect(() => clientTorrcLines("/a dir")).toThrow(RenderError);
  });
});
