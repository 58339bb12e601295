import * as yaml from "js-yaml";
import { HostSetupArgs, renderNetworkConfig, renderUserData } from "./cloud-init";

const args: HostSetupArgs = {
  hostname: "gateway",
  packages: ["dnsmasq", "tor"],
  files: [
    { path: "/etc/dnsmasq.conf", content: "bind-interfaces\n", permissions: "0644" },
    { path: "/etc/bcm/key.pem", content: "KEY\n", permissions: "0640", owner: "root:docker-registry" },
  ],
  directories: [{ path: "/var/lib/bcm/registry", owner: "docker-registry:docker-registry", mode: "0750" }],
  prepare: ["dnsmasq --test -C /etc/dnsmasq.conf"],
  units: ["nftables.service", "dnsmasq.service"],
  supervised: ["dnsmasq.service"],
  nameservers: ["10.148.10.1"],
  searchDomain: "bcmnet",
  sysctls: { "net.ipv4.ip_forward": "0" },
};

interface CloudConfig {
  hostname: string;
  write_files: { path: string; content: string; permissions: string; owner: string; defer: boolean }[];
  runcmd: string[][];
}

function parse(text: string): CloudConfig {
  expect(text.startsWith("#cloud-config\n")).toBe(true);
  return yaml.load(text) as CloudConfig;
}

function setupScript(config: CloudConfig): string {
  return config.write_files.find((f) => f.path === "/usr/local/sbin/bcm-setup")!.content;
}

describe("renderUserData", () => {
  it("writes every file verbatim with its mode and owner, deferred until packages exist", () => {
    const config = parse(renderUserData(args));
    expect(config.hostname).toBe("gateway");
    expect(config.write_files).toEqual(
      expect.arrayContaining([
        {
          path: "/etc/dnsmasq.conf",
          content: "bind-interfaces\n",
          permissions: "0644",
          owner: "root:root",
          defer: true,
        },
        {
          path: "/etc/bcm/key.pem",
          content: "KEY\n",
          permissions: "0640",
          owner: "root:docker-registry",
          defer: true,
        },
      ]),
    );
    expect(config.runcmd).toEqual([["/usr/local/sbin/bcm-setup"]]);
  });

  it("keeps multi-line content such as PEM blocks intact through YAML", () => {
    const pem =
      "-----BEGIN CERTIFICATE-----\nMIIB: with colon\n  indented # not a comment\n-----END CERTIFICATE-----\n";
    const config = parse(
      renderUserData({ ...args, files: [{ path: "/x.pem", content: pem, permissions: "0644" }] }),
    );
    expect(config.write_files.find((f) => f.path === "/x.pem")!.content).toBe(pem);
  });

  it("pins the resolver and keeps dhclient from overwriting it", () => {
    const config = parse(renderUserData(args));
    expect(config.write_files.find((f) => f.path === "/etc/resolv.conf.bcm")!.content).toBe(
      "# Managed by bcm-pulumi\nsearch bcmnet\nnameserver 10.148.10.1\n",
    );
    expect(
      config.write_files.find((f) => f.path.startsWith("/etc/dhcp/dhclient-enter-hooks.d/"))!.content,
    ).toContain("make_resolv_conf() { :; }");
  });

  it("renders a setup script that installs only missing packages, then prepares, then starts units in order", () => {
    const script = setupScript(parse(renderUserData(args)));
    const lines = script.split("\n");
    expect(lines[0]).toBe("#!/bin/bash");
    expect(script).toContain("for pkg in dnsmasq tor; do");
    expect(script).toContain(
      "install -d -o docker-registry -g docker-registry -m 0750 /var/lib/bcm/registry",
    );
    const order = [
      "dnsmasq --test -C /etc/dnsmasq.conf",
      "systemctl enable nftables.service && systemctl restart nftables.service || failed+=(nftables.service)",
      "systemctl enable dnsmasq.service && systemctl restart dnsmasq.service || failed+=(dnsmasq.service)",
    ].map((line) => lines.indexOf(line));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("writes sysctls", () => {
    const config = parse(renderUserData(args));
    expect(config.write_files.find((f) => f.path === "/etc/sysctl.d/60-bcm.conf")!.content).toBe(
      "net.ipv4.ip_forward = 0\n",
    );
  });

  it.each([
    [{ packages: ["Bad Name"] }, /packages: not a Debian package name/],
    [{ units: ["dnsmasq"] }, /units: not a systemd unit name/],
    [{ files: [{ path: "relative", content: "", permissions: "0644" }] }, /files.path: must be absolute/],
    [
      {
        files: [
          { path: "/a", content: "", permissions: "0644" },
          { path: "/a", content: "", permissions: "0644" },
        ],
      },
      /is written twice/,
    ],
    [{ files: [{ path: "/a", content: "", permissions: "rw" }] }, /permissions: expected an octal mode/],
  ])("rejects bad input %#", (override, message) => {
    expect(() => renderUserData({ ...args, ...override } as HostSetupArgs)).toThrow(message);
  });
});

describe("renderNetworkConfig", () => {
  it("renders DHCP outside and a static address inside", () => {
    const config = yaml.load(
      renderNetworkConfig([
        { name: "eth0", dhcp: true },
        { name: "eth1", dhcp: false, addresses: ["10.148.10.1/24"] },
      ]),
    );
    expect(config).toEqual({
      version: 2,
      ethernets: { eth0: { dhcp4: true }, eth1: { dhcp4: false, addresses: ["10.148.10.1/24"] } },
    });
  });
  it("rejects an interface with neither DHCP nor address", () => {
    expect(() => renderNetworkConfig([{ name: "eth1", dhcp: false }])).toThrow(/interfaces.eth1/);
  });
});
