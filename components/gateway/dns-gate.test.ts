import { RenderError } from "../render-error";
import { DnsGateArgs, renderDnsGateScript, renderDnsGateUnit } from "./dns-gate";

const args: DnsGateArgs = {
  unboundConf: "/etc/bcm/unbound.conf",
  torDns: { address: "127.0.0.1", port: 5353 },
  closedAddress: "127.0.0.2",
  torControl: { address: "127.0.0.1", port: 9051, cookieFile: "/run/tor/control.authcookie" },
  intervalSeconds: 1,
};

describe("renderDnsGateScript", () => {
  const script = renderDnsGateScript(args);

  it("switches the relay between Tor's DNSPort and the closed address", () => {
    expect(script).toContain("OPEN=127.0.0.1@5353");
    expect(script).toContain("CLOSED=127.0.0.2@5353");
    expect(script).toContain("unbound-control -c /etc/bcm/unbound.conf");
  });

  it("opens only on an established circuit and a live network, asked with the cookie", () => {
    expect(script).toContain("/dev/tcp/127.0.0.1/9051");
    expect(script).toContain("COOKIE=/run/tor/control.authcookie");
    expect(script).toMatch(/circuit-established=1.*network-liveness=up/);
  });

  it.each<[string, Partial<DnsGateArgs>]>([
    ["a closed address equal to Tor's", { closedAddress: "127.0.0.1" }],
    ["a ControlPort off loopback", { torControl: { ...args.torControl, address: "10.0.0.1" } }],
    ["a cookie path with a space", { torControl: { ...args.torControl, cookieFile: "/run/tor/a b" } }],
    ["an interval of 0", { intervalSeconds: 0 }],
    ["a port out of range", { torDns: { address: "127.0.0.1", port: 70000 } }],
  ])("refuses %s", (_what, change) => {
    expect(() => renderDnsGateScript({ ...args, ...change })).toThrow(RenderError);
  });
});

describe("renderDnsGateUnit", () => {
  it("runs the script and starts after the relay (restarts come from the supervised drop-in)", () => {
    const unit = renderDnsGateUnit("/usr/local/sbin/bcm-dns-gate", "bcm-dns-relay.service");
    expect(unit).toContain("ExecStart=/usr/local/sbin/bcm-dns-gate");
    expect(unit).not.toContain("Restart=");
    expect(unit).toContain("After=bcm-dns-relay.service tor@default.service");
  });
});
