import { RenderError } from "../render-error";
import { PrivoxyArgs, renderPrivoxyConfig } from "./config";
import { parseSubnet } from "../net";

const base: PrivoxyArgs = {
  insideAddress: "10.148.10.1",
  port: 8118,
  permit: [parseSubnet("bcmnetCidr", "10.148.10.0/24")],
  torSocks: { address: "10.148.10.1", port: 9050 },
};

describe("renderPrivoxyConfig", () => {
  const conf = renderPrivoxyConfig(base);
  const lines = conf.split("\n").filter((l) => l && !l.startsWith("#"));

  it("listens on the inside address only and admits bcmnet only", () => {
    expect(lines.filter((l) => l.startsWith("listen-address"))).toEqual(["listen-address 10.148.10.1:8118"]);
    expect(lines.filter((l) => l.startsWith("permit-access"))).toEqual(["permit-access 10.148.10.0/24"]);
    expect(conf).not.toContain("deny-access");
  });

  it("forwards everything to Tor with remote DNS resolution", () => {
    expect(lines.filter((l) => l.startsWith("forward"))).toEqual([
      "forward-socks5t / 10.148.10.1:9050 .",
      "forwarded-connect-retries 0",
    ]);
  });

  it("turns off remote toggling and editing, uses Debian paths", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "enable-remote-toggle 0",
        "enable-remote-http-toggle 0",
        "enable-edit-actions 0",
        "confdir /etc/privoxy",
        "logdir /var/log/privoxy",
      ]),
    );
  });

  it.each([
    ["insideAddress", { insideAddress: "localhost" }, /insideAddress.*"localhost"/],
    ["port", { port: -1 }, /port.*-1/],
    ["permit empty", { permit: [] }, /permit.*\[\]/],
    ["torSocks.port", { torSocks: { address: "10.148.10.1", port: 99999 } }, /torSocks\.port.*99999/],
    ["torSocks loop", { torSocks: { address: "10.148.10.1", port: 8118 } }, /torSocks.*privoxy's own/],
    ["confdir", { confdir: "etc/privoxy" }, /confdir.*"etc\/privoxy"/],
  ])("rejects bad %s", (_n, patch, message) => {
    const bad = { ...base, ...patch } as unknown as PrivoxyArgs;
    expect(() => renderPrivoxyConfig(bad)).toThrow(RenderError);
    expect(() => renderPrivoxyConfig(bad)).toThrow(message);
  });
});
