import { RenderError } from "../render-error";
import { TorrcArgs, hashTorControlPassword, renderTorrc } from "./torrc";
import { parseSubnet } from "../net";

const BCMNET = parseSubnet("bcmnetCidr", "10.148.10.0/24");
const LOOPBACK = parseSubnet("loopback", "127.0.0.0/8");

// Vectors printed by the real `tor --hash-password <pw>` (Tor 0.4.9, Debian); the salt is
// the first 8 bytes of its output, so recomputing with it must give the same string.
const TOR_VECTORS: [string, string][] = [
  ["correct horse", "16:EB4433853889212C603A2CF9BAF2B915C853BF4B32463BCC1EE2CAD423"],
  ["correct horse", "16:F93E0310A0077E3660637F0A9EF21C00D0F942788D1782F2D239082FC0"],
  ["x", "16:74A3B272C0950DCD605EF64E3C677AA5A836A78DF32EC70607D2D2AE34"],
  ["pässwörd with spaces", "16:FE28A1A38AA6E56460A29CA7AB9FC04A3446B4EC8CF54E670FBE41A9AB"],
  ["a".repeat(200), "16:6436ECBE264902A660346851523588F379087F31BA99DBD58A6E01B876"],
];

describe("hashTorControlPassword", () => {
  it.each(TOR_VECTORS)("matches tor --hash-password for %j", (password, expected) => {
    expect(hashTorControlPassword(password, expected.slice(3, 19))).toBe(expected);
  });

  it("is deterministic for a salt, accepts lower-case salt hex, and differs per salt", () => {
    const a = hashTorControlPassword("pw", "0011223344556677");
    expect(hashTorControlPassword("pw", "0011223344556677")).toBe(a);
    expect(hashTorControlPassword("pw", "aabbccddeeff0011")).toMatch(/^16:AABBCCDDEEFF001160[0-9A-F]{40}$/);
    expect(hashTorControlPassword("pw", "0011223344556678")).not.toBe(a);
  });

  it("rejects a bad salt or an empty password without echoing the password", () => {
    expect(() => hashTorControlPassword("pw", "00112233")).toThrow(/saltHex.*"00112233"/);
    expect(() => hashTorControlPassword("pw", "zz11223344556677")).toThrow(RenderError);
    expect(() => hashTorControlPassword("", "0011223344556677")).toThrow(/password/);
  });
});

const hashed = TOR_VECTORS[0][1];
const base: TorrcArgs = {
  socks: { address: "10.148.10.1", port: 9050, policyAccept: [BCMNET] },
  dns: { address: "127.0.0.1", port: 5353 },
  control: { port: 9051, hashedPassword: hashed },
  dataDirectory: "/var/lib/tor",
};

describe("renderTorrc", () => {
  const torrc = renderTorrc(base);
  const lines = torrc.split("\n").filter((l) => l && !l.startsWith("#"));

  it("offers SOCKS on the inside address to bcmnet only", () => {
    expect(lines).toContain("SocksPort 10.148.10.1:9050 IsolateClientAddr SessionGroup=9050");
    const policy = lines.filter((l) => l.startsWith("SocksPolicy"));
    expect(policy).toEqual(["SocksPolicy accept 10.148.10.0/24", "SocksPolicy reject *"]);
    expect(lines.filter((l) => l.startsWith("SocksPort"))).toHaveLength(1);
  });

  it("has a DNSPort, automapping, and a password-protected loopback ControlPort", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "DNSPort 127.0.0.1:5353 SessionGroup=5353",
        "AutomapHostsOnResolve 1",
        "VirtualAddrNetworkIPv4 127.192.0.0/10",
        "ControlPort 127.0.0.1:9051",
        `HashedControlPassword ${hashed}`,
        "DataDirectory /var/lib/tor",
        "Log notice syslog",
      ]),
    );
    expect(torrc).not.toContain("DisableNetwork");
  });

  it("gives each of the gateway's own consumers a loopback SocksPort of its own session group", () => {
    const withConsumers = renderTorrc({
      ...base,
      isolated: [
        { port: 9061, consumer: "Squid" },
        { port: 9062, consumer: "the registry mirror" },
      ],
    }).split("\n");
    expect(withConsumers).toEqual(
      expect.arrayContaining([
        "SocksPort 127.0.0.1:9061 IsolateDestAddr SessionGroup=9061",
        "SocksPort 127.0.0.1:9062 IsolateDestAddr SessionGroup=9062",
      ]),
    );
    // Same port as the DNSPort: the session groups (and listeners) would be one.
    expect(() => renderTorrc({ ...base, isolated: [{ port: 5353, consumer: "Squid" }] })).toThrow(
      /must not collide/,
    );
    expect(() => renderTorrc({ ...base, isolated: [{ port: 9051, consumer: "Squid" }] })).toThrow(
      /must not collide/,
    );
    expect(() =>
      renderTorrc({ ...base, isolated: [{ port: 9061, consumer: "a\nSocksPort 0.0.0.0:1" }] }),
    ).toThrow(/plain name/);
  });

  it("supports tests: DisableNetwork and logging to stdout", () => {
    const t = renderTorrc({ ...base, disableNetwork: true, log: "stdout" });
    expect(t).toMatch(/^DisableNetwork 1$/m);
    expect(t).toMatch(/^Log notice stdout$/m);
  });

  it("keeps every accepted CIDR, before the final reject", () => {
    const t = renderTorrc({
      ...base,
      socks: { ...base.socks, policyAccept: [BCMNET, LOOPBACK] },
    });
    expect(t).toMatch(
      /SocksPolicy accept 10\.148\.10\.0\/24\nSocksPolicy accept 127\.0\.0\.0\/8\nSocksPolicy reject \*/,
    );
  });

  it.each([
    ["socks.port", { socks: { ...base.socks, port: 0 } }, /socks\.port.*0/],
    ["socks.address", { socks: { ...base.socks, address: "0.0.0.0.0" } }, /socks\.address.*0\.0\.0\.0\.0/],
    ["empty policy", { socks: { ...base.socks, policyAccept: [] } }, /socks\.policyAccept.*\[\]/],
    ["dns.port", { dns: { address: "127.0.0.1", port: 65536 } }, /dns\.port.*65536/],
    ["control.port", { control: { port: 1.5, hashedPassword: hashed } }, /control\.port.*1\.5/],
    [
      "hashedPassword",
      { control: { port: 9051, hashedPassword: "secret" } },
      /control\.hashedPassword.*"secret"/,
    ],
    ["colliding ports", { dns: { address: "127.0.0.1", port: 9051 } }, /listeners must not collide/],
    ["dataDirectory", { dataDirectory: "tor data" }, /dataDirectory.*"tor data"/],
    ["log", { log: "file" }, /log.*"file"/],
  ])("rejects bad %s", (_n, patch, message) => {
    const bad = { ...base, ...patch } as unknown as TorrcArgs;
    expect(() => renderTorrc(bad)).toThrow(RenderError);
    expect(() => renderTorrc(bad)).toThrow(message);
  });
});
