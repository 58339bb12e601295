import { RenderError } from "../render-error";
import { NftablesArgs, renderNftablesRuleset } from "./nftables";
import { parseSubnet } from "../net";

const base: NftablesArgs = {
  outsideInterface: "eth0",
  insideInterface: "eth1",
  inside: parseSubnet("bcmnetCidr", "10.148.10.0/24"),
  insideAddress: "10.148.10.1",
  egressUsers: ["debian-tor"],
  forwardToOutside: false,
  connectionsPerClient: 128,
};

const chain = (ruleset: string, name: string) =>
  ruleset.slice(
    ruleset.indexOf(`chain ${name} {`),
    ruleset.indexOf("\n  }", ruleset.indexOf(`chain ${name} {`)),
  );

describe("renderNftablesRuleset", () => {
  const rules = renderNftablesRuleset(base);

  it("starts from a clean slate", () => {
    expect(rules).toMatch(/^flush ruleset$/m);
    expect(rules).toMatch(/^table inet filter \{$/m);
  });

  it("input: drops by default, accepts lo, replies, inside; drops new on outside first", () => {
    const input = chain(rules, "input");
    expect(input).toContain("type filter hook input priority filter; policy drop;");
    expect(input).toContain('iif "lo" accept');
    expect(input).toContain("ct state established,related accept");
    expect(input).toContain('iifname "eth1" udp sport 68 udp dport 67 accept');
    expect(input).toContain('iifname "eth1" ip saddr 10.148.10.0/24 accept');
    // The outside drop comes before any accept that mentions an interface.
    const outsideDrop = input.indexOf('iifname "eth0" counter drop');
    expect(outsideDrop).toBeGreaterThan(input.indexOf("ct state established,related accept"));
    expect(outsideDrop).toBeLessThan(input.indexOf('iifname "eth1"'));
    expect(input).not.toMatch(/iifname "eth0".*accept/);
  });

  it("does not route bcmnet by default", () => {
    const forward = chain(rules, "forward");
    expect(forward).toContain("policy drop;");
    expect(forward).not.toContain("accept");
    expect(rules).not.toContain("masquerade");
    expect(chain(rules, "output")).toContain("policy accept;");
  });

  it("routes and masquerades inside → outside when asked", () => {
    const r = renderNftablesRuleset({ ...base, forwardToOutside: true });
    const forward = chain(r, "forward");
    expect(forward).toContain('iifname "eth1" oifname "eth0" ip saddr 10.148.10.0/24 ct state new accept');
    expect(forward).toContain("ct state established,related accept");
    expect(r).toMatch(
      /table ip nat \{[\s\S]*hook postrouting priority srcnat;[\s\S]*oifname "eth0" ip saddr 10\.148\.10\.0\/24 masquerade/,
    );
  });

  it.each([
    ["outsideInterface", { outsideInterface: "eth0; flush" }, /outsideInterface.*eth0; flush/],
    ["insideInterface same", { insideInterface: "eth0" }, /insideInterface.*eth0/],
    ["insideAddress outside bcmnet", { insideAddress: "10.148.11.1" }, /insideAddress.*10\.148\.11\.1/],
    ["forwardToOutside", { forwardToOutside: "yes" }, /forwardToOutside.*"yes"/],
  ])("rejects bad %s", (_n, patch, message) => {
    const bad = { ...base, ...patch } as unknown as NftablesArgs;
    expect(() => renderNftablesRuleset(bad)).toThrow(RenderError);
    expect(() => renderNftablesRuleset(bad)).toThrow(message);
  });

  it("fails closed on the way out: only Tor, DHCP and neighbour discovery leave by the outside NIC", () => {
    const output = chain(rules, "output")
      .split("\n")
      .map((l) => l.trim());
    expect(output).toEqual(
      expect.arrayContaining([
        'oifname "eth0" meta skuid "debian-tor" accept',
        'oifname "eth0" udp sport 68 udp dport 67 accept',
        'oifname "eth0" counter reject',
      ]),
    );
    // The reject comes last: nothing after it can let a packet out.
    expect(output.filter((l) => l.startsWith('oifname "eth0"')).at(-1)).toBe('oifname "eth0" counter reject');
    expect(output.join("\n")).not.toMatch(/skuid "(root|proxy)"/);
  });

  it("lets Squid out only when an operator chose direct egress for it", () => {
    const direct = chain(renderNftablesRuleset({ ...base, egressUsers: ["debian-tor", "proxy"] }), "output");
    expect(direct).toContain('oifname "eth0" meta skuid "proxy" accept');
  });

  it("limits each bcmnet address's connections per service port before accepting bcmnet", () => {
    const input = chain(rules, "input");
    const limit =
      'iifname "eth1" ip daddr 10.148.10.1 ct state new add @per_client { ip saddr . tcp dport ct count over 128 } counter reject with tcp reset';
    expect(input).toContain(limit);
    expect(input.indexOf(limit)).toBeLessThan(input.indexOf('iifname "eth1" ip saddr 10.148.10.0/24 accept'));
    expect(rules).toMatch(/set per_client \{\n\s+type ipv4_addr \. inet_service\n/);
    expect(() => renderNftablesRuleset({ ...base, connectionsPerClient: 0 })).toThrow(RenderError);
  });
});
