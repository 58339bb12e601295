import * as pulumi from "@pulumi/pulumi";
import * as yaml from "js-yaml";
import { isWrappedSecret, revealSecrets } from "./mock-secrets";
import { stableMac } from "../components/gateway";
import { mockResourceState, PROGRAM_TEST_CONFIG } from "./mock-state";

/**
 * The whole program under Pulumi mocks: which resources exist, how they are wired (parents,
 * profiles, devices, networks), what the rendered cloud-init says, and which outputs are secret.
 */

interface Created {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  provider?: string;
}
const created: Created[] = [];

/** Inputs as the monitor received them, secrets still wrapped. */
const wire = new Map<string, Record<string, unknown>>();

pulumi.runtime.setMocks(
  {
    newResource(args) {
      created.push({
        type: args.type,
        name: args.name,
        inputs: revealSecrets(args.inputs) as Record<string, unknown>,
        provider: args.provider,
      });
      wire.set(`${args.type}::${args.name}`, args.inputs);
      const state = mockResourceState(args.type, args.name, args.inputs);
      return { id: `${args.name}-id`, state };
    },
    call: (args) => args.inputs,
  },
  "bcm",
  "test",
  false,
);

pulumi.runtime.setAllConfig(PROGRAM_TEST_CONFIG);

function value<T>(output: pulumi.Output<T> | pulumi.Input<T>): Promise<T> {
  return new Promise((resolve) => pulumi.output(output).apply((v) => resolve(v as T)));
}

type Program = typeof import("../index");
let program: Program;

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  program = require("../index");
  // Resolve every output, so every resource has been registered.
  await value(program.gatewayOutsideAddress);
  await value(program.dockerClientKey);
  await value(program.dockerHosts as unknown as pulumi.Output<string[]>);
  await new Promise((resolve) => setTimeout(resolve, 50));
});

function resources(type: string): Created[] {
  return created.filter((r) => r.type === type);
}

function one(type: string, name: string): Created {
  const found = created.filter((r) => r.type === type && r.name === name);
  expect(found.map((r) => r.name)).toEqual([name]);
  return found[0];
}

interface Device {
  name: string;
  type: string;
  properties: Record<string, string>;
}

interface CloudConfig {
  write_files: { path: string; content: string; owner: string; permissions: string }[];
}

function userData(instance: Created): CloudConfig {
  const config = instance.inputs.config as Record<string, string>;
  return yaml.load(config["cloud-init.user-data"]) as CloudConfig;
}

/**
 * A secret file: pushed root-only through the LXD file API (the instance's `files`), installed by
 * the setup script, and nowhere in the user-data, which every user in the container can read.
 */
function secretFile(instance: Created, path: string): string {
  const staged = (
    instance.inputs.files as { targetPath: string; content: string; mode: string; uid: number }[]
  ).filter((f) => f.targetPath === `/root/bcm-secrets${path}`);
  expect({ path, staged: staged.length }).toEqual({ path, staged: 1 });
  expect(staged[0]).toMatchObject({ mode: "0600", uid: 0 });
  const cloudConfig = userData(instance);
  expect(cloudConfig.write_files.find((f) => f.path === path)).toBeUndefined();
  // The setup script installs it from the staged copy (decoding base64 for binary files).
  expect(file(cloudConfig, "/usr/local/sbin/bcm-setup")).toMatch(
    new RegExp(`/root/bcm-secrets${path}( | > )${path.replace(/[.]/g, "\\.")}`),
  );
  return staged[0].content;
}

function file(cloudConfig: CloudConfig, path: string): string {
  const entry = cloudConfig.write_files.find((f) => f.path === path);
  expect({ path, found: entry !== undefined }).toEqual({ path, found: true });
  return entry!.content;
}

describe("wiring", () => {
  it("creates every LXD object through the stack's LXD provider (inherited from the parents)", () => {
    const lxdObjects = created.filter((r) => r.type.startsWith("lxd:index/"));
    expect(lxdObjects.length).toBe(11);
    const providers = new Set(lxdObjects.map((r) => r.provider?.split("::")[0]));
    expect([...providers]).toHaveLength(1);
    expect(lxdObjects[0].provider).toMatch(/pulumi:providers:lxd::lxd::/);
    // Not a cluster (no bcm:lxdClusterMembers): no object names a member (docs/cluster.md).
    expect(lxdObjects.filter((r) => r.inputs.target !== undefined).map((r) => r.name)).toEqual([]);
    // The local daemon: no remote configured.
    expect(one("pulumi:providers:lxd", "lxd").inputs.remotes).toBeUndefined();
  });
});

describe("LXD foundation", () => {
  it("creates the project with its own profiles and volumes", () => {
    const project = one("lxd:index/project:Project", "project");
    expect(project.inputs.name).toBe("bcm-test");
    expect(project.inputs.config).toMatchObject({
      "features.profiles": "true",
      "features.storage.volumes": "true",
      "features.images": "false",
    });
  });

  it("creates bcmnet as a bridge without LXD's DHCP, DNS or NAT", () => {
    const bcmnet = one("lxd:index/network:Network", "bcmnet");
    expect(bcmnet.inputs).toMatchObject({
      name: "bcme2e",
      type: "bridge",
      config: { "ipv4.address": "none", "ipv6.address": "none" },
    });
    // macvlan mode: no NAT bridge.
    expect(resources("lxd:index/network:Network").map((n) => n.name)).toEqual(["bcmnet"]);
  });

  it("has an unprivileged default profile and a privileged one with the docker kernel modules", () => {
    const unprivileged = one("lxd:index/profile:Profile", "unprivileged");
    expect(unprivileged.inputs).toMatchObject({
      name: "bcm-unprivileged",
      project: "bcm-test",
      config: { "security.privileged": "false", "security.nesting": "false" },
    });
    const privileged = one("lxd:index/profile:Profile", "privileged");
    expect(privileged.inputs.config).toMatchObject({
      "security.privileged": "true",
      "security.nesting": "true",
    });
    // None by default: LXD refuses to start an instance whose module the host kernel lacks.
    expect((privileged.inputs.config as Record<string, string>)["linux.kernel_modules"]).toBeUndefined();
    for (const profile of [unprivileged, privileged]) {
      expect(profile.inputs.devices).toEqual(
        expect.arrayContaining([
          { name: "root", type: "disk", properties: { path: "/", pool: "bcm" } },
          { name: "eth0", type: "nic", properties: { nictype: "bridged", parent: "bcme2e" } },
        ]),
      );
    }
  });

  it("keeps data on volumes in the project: leases, Squid cache, both registries", () => {
    const volumes = resources("lxd:index/volume:Volume");
    expect(volumes.map((v) => v.name).sort()).toEqual(
      ["gateway-state", "registry-mirror", "registry-private", "squid-cache"].sort(),
    );
    for (const volume of volumes) expect(volume.inputs).toMatchObject({ pool: "bcm", project: "bcm-test" });
  });
});

describe("gateway", () => {
  let gateway: Created;
  let cloudConfig: CloudConfig;
  beforeAll(() => {
    gateway = one("lxd:index/instance:Instance", "gateway");
    cloudConfig = userData(gateway);
  });

  it("is an unprivileged container with a macvlan outside NIC and a bcmnet inside NIC", () => {
    expect(gateway.inputs).toMatchObject({
      name: "gateway",
      project: "bcm-test",
      profiles: ["bcm-unprivileged"],
    });
    const devices = gateway.inputs.devices as Device[];
    expect(devices).toEqual(
      expect.arrayContaining([
        {
          name: "eth0",
          type: "nic",
          properties: {
            nictype: "macvlan",
            parent: "bcmout0",
            name: "eth0",
            hwaddr: stableMac("bcm-test/10.149.10.1/eth0"),
          },
        },
        {
          name: "eth1",
          type: "nic",
          properties: {
            nictype: "bridged",
            parent: "bcme2e",
            name: "eth1",
            hwaddr: stableMac("bcm-test/10.149.10.1/eth1"),
          },
        },
      ]),
    );
  });

  it("keeps its MACs across replacements: the same stack and address give the same ones", () => {
    expect(stableMac("bcm-test/10.149.10.1/eth1")).toMatch(/^00:16:3e(:[0-9a-f]{2}){3}$/);
    expect(stableMac("bcm-test/10.149.10.1/eth1")).toBe(stableMac("bcm-test/10.149.10.1/eth1"));
    expect(stableMac("bcm-test/10.149.10.1/eth1")).not.toBe(stableMac("bcm-test/10.149.10.1/eth0"));
    expect(stableMac("bcm-test/10.149.10.1/eth1")).not.toBe(stableMac("bcm-other/10.149.10.1/eth1"));
  });

  it("mounts every data volume where its service keeps data", () => {
    const mounts = Object.fromEntries(
      (gateway.inputs.devices as Device[])
        .filter((d) => d.type === "disk")
        .map((d) => [d.properties.source, d.properties.path]),
    );
    expect(mounts).toEqual({
      "gateway-state": "/var/lib/bcm/state",
      "squid-cache": "/var/spool/squid",
      "registry-mirror": "/var/lib/bcm/registry-mirror",
      "registry-private": "/var/lib/bcm/registry-private",
    });
  });

  it("configures a static inside address and DHCP outside", () => {
    const network = yaml.load((gateway.inputs.config as Record<string, string>)["cloud-init.network-config"]);
    expect(network).toEqual({
      version: 2,
      ethernets: { eth0: { dhcp4: true }, eth1: { dhcp4: false, addresses: ["10.149.10.1/24"] } },
    });
  });

  it("serves DHCP on bcmnet only and resolves upstream through Tor's DNSPort only", () => {
    const dnsmasq = file(cloudConfig, "/etc/dnsmasq.conf").split("\n");
    expect(dnsmasq).toEqual(
      expect.arrayContaining([
        "interface=eth1",
        "listen-address=10.149.10.1",
        "except-interface=eth0",
        "no-resolv",
        "server=127.0.0.1#5335@127.0.0.1",
        "local=/bcmnet/",
        "domain=bcmnet",
        "host-record=bcmnet,10.149.10.1",
        "host-record=mirror.bcmnet,10.149.10.1",
        "host-record=registry.bcmnet,10.149.10.1",
        "host-record=squid.bcmnet,10.149.10.1",
        "host-record=tor.bcmnet,10.149.10.1",
        // Only LXD's bridge on bcmnet: no 3 s ping before each new container's first lease.
        "no-ping",
      ]),
    );
    // dnsmasq -> the relay (TCP and UDP) -> Tor's DNSPort (UDP only), nothing else.
    expect(dnsmasq.filter((line) => line.startsWith("server="))).toEqual(["server=127.0.0.1#5335@127.0.0.1"]);
    const relay = file(cloudConfig, "/etc/bcm/unbound.conf").split("\n");
    // It starts closed (SERVFAIL at once); the gate opens it to Tor's DNSPort when Tor has a circuit.
    expect(relay).toEqual(
      expect.arrayContaining([
        "  interface: 127.0.0.1@5335",
        "  do-not-query-address: 127.0.0.2",
        "  forward-addr: 127.0.0.2@5353",
        "  forward-first: no",
      ]),
    );
    const gate = file(cloudConfig, "/usr/local/sbin/bcm-dns-gate");
    expect(gate).toContain("OPEN=127.0.0.1@5353");
    expect(gate).toContain("/dev/tcp/127.0.0.1/9051");
    const torrc = secretFile(gateway, "/etc/tor/torrc").split("\n");
    expect(torrc).toEqual(
      expect.arrayContaining([
        "SocksPort 10.149.10.1:9050 IsolateClientAddr SessionGroup=9050",
        // Each of the gateway's own consumers has a Tor port of its own (stream isolation).
        "SocksPort 127.0.0.1:9060 IsolateDestAddr SessionGroup=9060",
        "SocksPort 127.0.0.1:9061 IsolateDestAddr SessionGroup=9061",
        "SocksPort 127.0.0.1:9062 IsolateDestAddr SessionGroup=9062",
        "SocksPolicy accept 10.149.10.0/24",
        // The DNSPort's client (the relay) is on loopback: SocksPolicy governs the DNSPort too.
        "SocksPolicy accept 127.0.0.0/8",
        "SocksPolicy reject *",
        "DNSPort 127.0.0.1:5353 SessionGroup=5353",
        "ControlPort 127.0.0.1:9051",
      ]),
    );
    expect(torrc.find((l) => l.startsWith("HashedControlPassword 16:0011223344556677"))).toBeDefined();
  });

  it("drops inbound traffic on the outside NIC and does not forward bcmnet by default", () => {
    const nft = file(cloudConfig, "/etc/nftables.conf");
    expect(nft).toMatch(/iifname "eth0"/);
    expect(nft).not.toMatch(/masquerade/);
    expect(file(cloudConfig, "/etc/sysctl.d/60-bcm.conf")).toContain("net.ipv4.ip_forward = 0");
  });

  it("runs both registries with TLS 1.3, client certificates and their own storage", () => {
    for (const [kind, port] of [
      ["mirror", 5000],
      ["private", 443],
    ] as const) {
      const registry = yaml.load(secretFile(gateway, `/etc/bcm/registry-${kind}/config.yml`)) as {
        http: { addr: string; tls: { minimumtls: string; clientcas: string[] } };
        storage: { filesystem: { rootdirectory: string } };
        proxy?: { remoteurl: string };
      };
      expect(registry.http.addr).toBe(`10.149.10.1:${port}`);
      expect(registry.http.tls.minimumtls).toBe("tls1.3");
      expect(registry.http.tls.clientcas).toEqual([`/etc/bcm/registry-${kind}/client-ca.crt`]);
      // Clients of the hosts' CA and of the operators' CA (revocable on its own).
      const clientCas = file(userData(gateway), `/etc/bcm/registry-${kind}/client-ca.crt`);
      expect(clientCas).toContain("FAKE-pki-ca");
      expect(clientCas).toContain("FAKE-pki-operators-ca");
      expect(registry.storage.filesystem.rootdirectory).toBe(`/var/lib/bcm/registry-${kind}`);
      expect(registry.proxy?.remoteurl).toBe(kind === "mirror" ? "http://10.149.20.1:5000" : undefined);
      expect(secretFile(gateway, `/etc/bcm/registry-${kind}/server.key`)).toContain(
        `FAKE-pki-server-registry-${kind}`,
      );
    }
  });

  it("issues each registry a server certificate for the names clients use and the inside address", () => {
    expect(one("tls:index/certRequest:CertRequest", "pki-server-registry-mirror").inputs).toMatchObject({
      dnsNames: ["mirror.bcmnet"],
      ipAddresses: ["10.149.10.1"],
    });
    const privateCert = one("tls:index/certRequest:CertRequest", "pki-server-registry-private").inputs;
    expect(privateCert).toMatchObject({ ipAddresses: ["10.149.10.1"] });
    // Reached through its onion service too: the .onion name is in the certificate.
    expect(privateCert.dnsNames).toEqual([
      "bcmnet",
      "registry.bcmnet",
      expect.stringMatching(/^[a-z2-7]{56}\.onion$/),
    ]);
  });

  it("binds Squid and privoxy to the inside address, privoxy forwarding to Tor with remote DNS", () => {
    expect(file(cloudConfig, "/etc/squid/squid.conf")).toMatch(/^http_port 10\.149\.10\.1:3128$/m);
    const privoxy = file(cloudConfig, "/etc/privoxy/config");
    expect(privoxy).toMatch(/^listen-address 10\.149\.10\.1:8118$/m);
    expect(privoxy).toMatch(/^forward-socks5t \/ 127\.0\.0\.1:9060 \.$/m);
  });

  it("restarts the gateway's own new units through the supervised drop-in", () => {
    for (const unit of ["bcm-dns-relay", "bcm-dns-gate", "bcm-privoxy-squid", "bcm-privoxy-mirror"]) {
      expect(file(cloudConfig, `/etc/systemd/system/${unit}.service.d/bcm-restart.conf`)).toContain(
        "Restart=always",
      );
    }
  });

  it("sends Squid and the mirror to Tor through privoxy instances of their own, on their own Tor ports", () => {
    expect(file(cloudConfig, "/etc/squid/squid.conf")).toMatch(/^cache_peer 127\.0\.0\.1 parent 8119 /m);
    const squidProxy = file(cloudConfig, "/etc/privoxy/bcm-squid.config");
    expect(squidProxy).toMatch(/^listen-address 127\.0\.0\.1:8119$/m);
    expect(squidProxy).toMatch(/^permit-access 127\.0\.0\.1\/32$/m);
    expect(squidProxy).toMatch(/^forward-socks5t \/ 127\.0\.0\.1:9061 \.$/m);
    const mirrorProxy = file(cloudConfig, "/etc/privoxy/bcm-mirror.config");
    expect(mirrorProxy).toMatch(/^listen-address 127\.0\.0\.1:8120$/m);
    expect(mirrorProxy).toMatch(/^forward-socks5t \/ 127\.0\.0\.1:9062 \.$/m);
    expect(file(cloudConfig, "/etc/systemd/system/bcm-privoxy-squid.service")).toContain(
      "ExecStart=/usr/sbin/privoxy --no-daemon --user privoxy /etc/privoxy/bcm-squid.config",
    );
  });
});

describe("docker host", () => {
  it("is privileged, on bcmnet via the profile, trusting our CA with its own client certificate", () => {
    const host = one("lxd:index/instance:Instance", "builder1");
    expect(host.inputs).toMatchObject({ profiles: ["bcm-privileged"], waitForNetwork: false });
    const cloudConfig = userData(host);
    expect(JSON.parse(file(cloudConfig, "/etc/docker/daemon.json"))).toEqual({
      "registry-mirrors": ["https://mirror.bcmnet:5000"],
    });
    for (const endpoint of ["mirror.bcmnet:5000", "bcmnet:443"]) {
      expect(file(cloudConfig, `/etc/docker/certs.d/${endpoint}/ca.crt`)).toContain("FAKE-pki-ca");
      expect(file(cloudConfig, `/etc/docker/certs.d/${endpoint}/client.cert`)).toContain(
        "FAKE-pki-client-dockerhost-builder1",
      );
      expect(secretFile(host, `/etc/docker/certs.d/${endpoint}/client.key`)).toContain(
        "FAKE-pki-client-dockerhost-builder1",
      );
    }
    const dropIn = file(cloudConfig, "/etc/systemd/system/docker.service.d/bcm-proxy.conf");
    expect(dropIn).toContain('Environment="HTTPS_PROXY=http://squid.bcmnet:3128"');
    expect(dropIn).toMatch(/NO_PROXY=.*\.bcmnet/);
  });
});

describe("PKI and secrets", () => {
  it("uses ECDSA P-256 keys for TLS everywhere", () => {
    const keys = resources("tls:index/privateKey:PrivateKey").filter((k) => !k.name.startsWith("onion-"));
    expect(keys.length).toBe(7); // two CAs, two registries, the docker host, the image builders, the operator
    for (const key of keys) expect(key.inputs).toMatchObject({ algorithm: "ECDSA", ecdsaCurve: "P256" });
  });

  it("renews certificates early and signs servers and clients for their purpose only", () => {
    const ca = one("tls:index/selfSignedCert:SelfSignedCert", "pki-ca");
    expect(ca.inputs).toMatchObject({
      isCaCertificate: true,
      validityPeriodHours: 87600,
      earlyRenewalHours: 720,
    });
    const server = one("tls:index/locallySignedCert:LocallySignedCert", "pki-server-registry-private");
    expect(server.inputs).toMatchObject({ validityPeriodHours: 8760, earlyRenewalHours: 720 });
    expect(server.inputs.allowedUses).toContain("server_auth");
    expect(server.inputs.allowedUses).not.toContain("client_auth");
    const client = one("tls:index/locallySignedCert:LocallySignedCert", "pki-operator-operator");
    expect(client.inputs.allowedUses).toContain("client_auth");
    expect(client.inputs.allowedUses).not.toContain("server_auth");
    // Signed by the operators' CA, not the one the hosts' certificates come from.
    expect(String(client.inputs.caCertPem)).toContain("FAKE-pki-operators-ca");
    const host = one("tls:index/locallySignedCert:LocallySignedCert", "pki-client-dockerhost-builder1");
    expect(String(host.inputs.caCertPem)).not.toContain("FAKE-pki-operators-ca");
  });

  it("generates the registry HTTP secrets and the Tor control password with @pulumi/random", () => {
    expect(
      resources("random:index/randomPassword:RandomPassword")
        .map((r) => r.name)
        .sort(),
    ).toEqual(["registry-mirror-http-secret", "registry-private-http-secret", "tor-control-password"].sort());
  });

  it("sends the instances' secret files as secrets, their devices in clear", () => {
    for (const name of ["gateway", "builder1"]) {
      const inputs = wire.get(`lxd:index/instance:Instance::${name}`)!;
      expect(isWrappedSecret(inputs.files)).toBe(true);
      expect(isWrappedSecret(inputs.devices)).toBe(false);
    }
  });

  it("keeps every key and password out of the user-data (any user in a container can read it)", () => {
    for (const name of ["gateway", "builder1"]) {
      const config = one("lxd:index/instance:Instance", name).inputs.config as Record<string, string>;
      const text = JSON.stringify(config);
      expect(text).not.toMatch(/PRIVATE KEY|HashedControlPassword/);
      for (const password of resources("random:index/randomPassword:RandomPassword")) {
        expect(text).not.toContain(`password-of-${password.name}`);
      }
    }
  });

  it("marks the client key output as secret, the CA certificate not", async () => {
    expect(await pulumi.isSecret(pulumi.output(program.dockerClientKey))).toBe(true);
    expect(await pulumi.isSecret(pulumi.output(program.caCertificate))).toBe(false);
    expect(await value(program.dockerClientKey)).toContain("FAKE-pki-operator-operator");
  });

  it("exports what operators need", async () => {
    expect(await value(program.gatewayInsideAddress)).toBe("10.149.10.1");
    expect(await value(program.gatewayOutsideAddress)).toBe("10.149.20.150");
    expect(await value(program.bcmnetCidr)).toBe("10.149.10.0/24");
    expect(await value(program.bcmnetDomain)).toBe("bcmnet");
    expect(JSON.parse(await value(program.dockerDaemonJson))).toEqual({
      "registry-mirrors": ["https://mirror.bcmnet:5000"],
      proxies: {
        "http-proxy": "http://squid.bcmnet:3128",
        "https-proxy": "http://squid.bcmnet:3128",
        "no-proxy": "localhost,127.0.0.1,bcmnet,.bcmnet,10.149.10.1",
      },
    });
    // Every listener on the inside address or the gateway's loopback, none elsewhere.
    expect(await value(program.gatewayListeners)).toEqual({
      "tor-socks": "tcp 10.149.10.1:9050",
      "tor-dns": "udp 127.0.0.1:5353",
      "tor-control": "tcp 127.0.0.1:9051",
      "tor-socks-http-proxy": "tcp 127.0.0.1:9060",
      "tor-socks-squid": "tcp 127.0.0.1:9061",
      "tor-socks-mirror": "tcp 127.0.0.1:9062",
      "http-proxy": "tcp 10.149.10.1:8118",
      "http-proxy-squid": "tcp 127.0.0.1:8119",
      "http-proxy-mirror": "tcp 127.0.0.1:8120",
      squid: "tcp 10.149.10.1:3128",
      "registry-mirror": "tcp 10.149.10.1:5000",
      "registry-private": "tcp 10.149.10.1:443",
    });
    expect(await value(program.serviceEndpoints)).toEqual({
      torSocks: "tor.bcmnet:9050",
      httpProxy: "proxy.bcmnet:8118",
      squid: "squid.bcmnet:3128",
      registryMirror: "mirror.bcmnet:5000",
      privateRegistry: "bcmnet:443",
    });
  });
});

describe("onion services", () => {
  let gateway: Created;
  beforeAll(() => {
    gateway = one("lxd:index/instance:Instance", "gateway");
  });

  it("owns every key: an ed25519 identity per service, an x25519 key per client", () => {
    const identities = resources("tls:index/privateKey:PrivateKey").filter((k) =>
      k.name.startsWith("onion-"),
    );
    expect(identities.map((k) => k.name).sort()).toEqual(["onion-builder-ssh", "onion-registry"]);
    for (const key of identities) expect(key.inputs).toEqual({ algorithm: "ED25519" });
    const clients = resources("random:index/randomBytes:RandomBytes");
    expect(clients.map((c) => c.name).sort()).toEqual(["onion-client-laptop", "onion-client-phone"]);
    for (const client of clients) expect(client.inputs).toEqual({ length: 32 });
  });

  it("gives the gateway's Tor the services, keys and authorized clients, as secret files", () => {
    const torrc = secretFile(gateway, "/etc/tor/torrc");
    expect(torrc).toContain("HiddenServiceDir /var/lib/tor/onion/registry");
    expect(torrc).toContain("HiddenServicePort 443 10.149.10.1:443");
    expect(torrc).toContain("HiddenServicePort 22 10.149.10.50:22");
    const key = Buffer.from(
      secretFile(gateway, "/var/lib/tor/onion/registry/hs_ed25519_secret_key"),
      "base64",
    );
    expect(key.subarray(0, 29).toString()).toBe("== ed25519v1-secret: type0 ==");
    expect(key.length).toBe(96);
    const auth = secretFile(gateway, "/var/lib/tor/onion/registry/authorized_clients/laptop.auth");
    expect(Buffer.from(auth, "base64").toString()).toMatch(/^descriptor:x25519:[a-z2-7]{52}\n?$/);
    secretFile(gateway, "/var/lib/tor/onion/registry/authorized_clients/phone.auth");
    const staged = (gateway.inputs.files as { targetPath: string }[]).map((f) => f.targetPath);
    // The phone is not a client of builder-ssh: no .auth there.
    expect(staged).not.toContain(
      "/root/bcm-secrets/var/lib/tor/onion/builder-ssh/authorized_clients/phone.auth",
    );
    expect(file(userData(gateway), "/usr/local/sbin/bcm-setup")).toContain(
      "install -d -o debian-tor -g debian-tor -m 0700 /var/lib/tor/onion/registry/authorized_clients",
    );
  });

  it("exports each address and, as a secret, what each client's Tor needs", async () => {
    const addresses = (await value(program.onionServices)) as Record<string, string>;
    expect(addresses.registry).toMatch(/^[a-z2-7]{56}\.onion:443$/);
    expect(addresses["builder-ssh"]).toMatch(/^[a-z2-7]{56}\.onion:22$/);
    expect(await pulumi.isSecret(pulumi.output(program.onionClients))).toBe(true);
    const clients = (await value(program.onionClients)) as Record<
      string,
      { authPrivateFiles: Record<string, string>; torrc: string[] }
    >;
    expect(Object.keys(clients.laptop.authPrivateFiles)).toHaveLength(2);
    expect(Object.keys(clients.phone.authPrivateFiles)).toEqual([
      `${addresses.registry.split(".onion")[0]}.auth_private`,
    ]);
    expect(Object.values(clients.phone.authPrivateFiles)[0]).toMatch(
      /^[a-z2-7]{56}:descriptor:x25519:[a-z2-7]{52}\n$/,
    );
    expect(clients.laptop.torrc).toEqual(["ClientOnionAuthDir /var/lib/tor/onion-auth"]);
  });

  it("opens no port for them: the gateway's listeners are unchanged", async () => {
    const listeners = (await value(program.gatewayListeners)) as Record<string, string>;
    expect(
      Object.values(listeners).every((l) => l.includes("10.149.10.1:") || l.includes("127.0.0.1:")),
    ).toBe(true);
  });
});

describe("image builds", () => {
  let build: Created;
  beforeAll(() => {
    build = one("pulumi-nodejs:dynamic:Resource", "image-bcm-hello");
  });

  it("builds each image of bcm:images in a privileged builder with limits, pushing to the private registry", () => {
    const inputs = build.inputs;
    expect(inputs).toMatchObject({
      project: "bcm-test",
      registry: "bcmnet:443",
      limits: { cpus: 2, memoryMb: 2048, diskGb: 10 },
      proxy: { url: "http://squid.bcmnet:3128" },
      spec: { name: "bcm/hello", dockerfile: "Dockerfile", buildArgs: { UPSTREAM: "10.149.20.1" } },
      gateway: { instance: "gateway", storageDir: "/var/lib/bcm/registry-private" },
    });
    expect(inputs.tag).toMatch(/^[0-9a-f]{32}$/);
    expect(inputs.profiles).toEqual([one("lxd:index/profile:Profile", "privileged").inputs.name]);
    expect(typeof inputs.__provider).toBe("string");
  });

  it("configures the builder like a docker host; its client key only in the secret files", () => {
    const inputs = build.inputs as { userData: string; secretFiles: { path: string; content: string }[] };
    const cloudConfig = yaml.load(inputs.userData) as CloudConfig;
    expect(file(cloudConfig, "/etc/docker/daemon.json")).toContain('"registry-mirrors"');
    expect(inputs.userData).not.toMatch(/PRIVATE KEY/);
    expect(inputs.secretFiles.map((f) => f.path)).toContain(
      "/root/bcm-secrets/etc/docker/certs.d/bcmnet:443/client.key",
    );
    const wired = wire.get("pulumi-nodejs:dynamic:Resource::image-bcm-hello")!;
    expect(isWrappedSecret(wired.secretFiles)).toBe(true);
    expect(isWrappedSecret(wired.connection)).toBe(true);
  });

  it("exports each image by the digest the builder reported", async () => {
    expect(await value(program.images)).toEqual({
      "bcm/hello": `bcmnet:443/bcm/hello@sha256:${"ab".repeat(32)}`,
    });
  });
});

describe("swarm", () => {
  it("makes the first docker host the swarm's leader, a manager", () => {
    const node = one("pulumi-nodejs:dynamic:Resource", "swarm-builder1");
    expect(node.inputs).toMatchObject({
      host: "builder1",
      role: "manager",
      leader: "builder1",
      project: "bcm-test",
    });
    expect(node.inputs.generation).toMatch(/^[0-9a-f]{16}$/);
    expect(isWrappedSecret(wire.get("pulumi-nodejs:dynamic:Resource::swarm-builder1")!.connection)).toBe(
      true,
    );
  });

  it("exports each host's role", async () => {
    expect(await value(program.swarmNodes)).toEqual({ builder1: "manager" });
  });
});
