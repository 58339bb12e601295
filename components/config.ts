import * as pulumi from "@pulumi/pulumi";
import { TOR_CONSUMER_PORTS } from "./tor/consumers";
import { BuildSettings, toBuildSettings } from "./builders/settings";
import { CONFIG_NAMESPACE, ConfigError } from "./config-error";
import { BLOCK_DEVICE_DRIVERS, isBlockDevicePath } from "./foundation/settings";
import { LeaseTime } from "./gateway/settings";
import { Ipv4Subnet, hostAt, hostInSubnet, ipToInt, subnetOf, subnetsOverlap } from "./net";
import { RegistryOrigin } from "./registry/settings";
import { SwarmSettings, toSwarmSettings } from "./swarm/settings";
import { DEFAULTS, RawConfig, checkUnknownSettings, parseSettings, readRawConfig } from "./settings";

/**
 * One typed, validated view of the stack configuration. Each setting is declared and parsed once
 * (components/settings: the component that uses it declares it); `parseConfig` adds the rules
 * that tie settings together and builds the typed config the components take their arguments
 * from. It is pure (plain values in, typed config or a ConfigError out), so every rule is
 * unit-tested without the engine; `loadConfig` only reads the stack. Every rule runs before any
 * resource is created.
 */

export { CONFIG_NAMESPACE, ConfigError, DEFAULTS };
export type { Ipv4Subnet, RawConfig };

export type ServiceName = "tor" | "httpProxy" | "squid" | "registryMirror" | "privateRegistry";

export interface BcmConfig {
  lxd: {
    /** Undefined: the local daemon over its unix socket. */
    remote?: {
      name: string;
      address: string;
      port: number;
      /** A trust token (`lxc config trust add`), or the older core.trust_password: one of them. */
      trustToken?: pulumi.Output<string>;
      trustPassword?: pulumi.Output<string>;
      acceptRemoteCertificate: boolean;
    };
    project: string;
  };
  storage: { pool: string; create: boolean; driver: string; source: string };
  image: { alias: string; remote: string };
  bcmnet: {
    name: string;
    subnet: Ipv4Subnet;
    gatewayAddress: string;
    dhcpRange: { start: string; end: string };
    leaseTime: LeaseTime;
    domain: string;
    parentNic: string;
  };
  outside:
    | { mode: "macvlan"; parentNic: string }
    | { mode: "nat-bridge"; bridgeName: string; bridgeAddress: string; subnet: Ipv4Subnet };
  forwardBcmnetToOutside: boolean;
  /** Per bcmnet address and gateway service: the most TCP connections held at once. */
  insideConnectionsPerClient: number;
  services: Record<ServiceName, boolean>;
  ports: {
    torSocks: number;
    torDns: number;
    torControl: number;
    httpProxy: number;
    squid: number;
    registryMirror: number;
    privateRegistry: number;
  };
  squid: { cacheSizeMb: number; maxObjectSizeMb: number; memoryCacheMb: number; egress: "tor" | "direct" };
  registryMirror: { upstream: RegistryOrigin; egress: "tor" | "direct" };
  /** GiB per data volume (enforced where the pool driver supports quotas). */
  volumeSizesGb: { registryMirror: number; privateRegistry: number };
  /** What the gateway's services log: "private" (no client addresses, URLs or queries) or "full". */
  gatewayLogging: "private" | "full";
  certificates: { caValidityHours: number; validityHours: number; earlyRenewalHours: number };
  /** Authenticated onion services, targets resolved to address:port. */
  onionServices: {
    name: string;
    virtualPort: number;
    target: { address: string; port: number };
    clients: string[];
  }[];
  dockerHosts: string[];
  dockerKernelModules: string[];
  retainDataVolumes: boolean;
  /** Custom images, each built in a throwaway builder container, and the builders' limits. */
  builds: BuildSettings;
  /** The docker hosts' Docker swarm (the first `managers` of dockerHosts manage it) and its stacks. */
  swarm: SwarmSettings;
  /** Undefined: the endpoint is not an LXD cluster (no `target` anywhere). docs/cluster.md. */
  cluster?: ClusterPlacement;
}

/** Which LXD cluster member each object is created on. */
export interface ClusterPlacement {
  /** Every member: the pool and networks are defined on each before they are created. */
  members: string[];
  /** The gateway's member; its data volumes live there too (local pools). */
  gateway: string;
  /** Each docker host's `target`: a member or "@<cluster group>". */
  dockerHosts: Record<string, string>;
}

/** Ports the gateway itself uses: DNS and DHCP on bcmnet, the DNS relay on loopback. */
const RESERVED_PORTS: Record<number, string> = {
  53: "DNS (dnsmasq)",
  67: "DHCP (dnsmasq)",
  5335: "the DNS relay between dnsmasq and Tor (unbound, loopback)",
  ...TOR_CONSUMER_PORTS,
};
/** Instance names the program gives itself, or whose DNS names it publishes on bcmnet. */
const RESERVED_HOST_NAMES = ["gateway", "registry", "mirror", "squid", "tor", "proxy"];
/** Docker's default bridge on every docker host: a bcmnet inside it would be unreachable there. */
const DOCKER_DEFAULT_BRIDGE = subnetOf("172.17.0.0", 16);

export function parseConfig(raw: RawConfig): BcmConfig {
  const s = parseSettings(raw);

  const remote = s.lxdRemoteAddress && {
    name: "bcm-endpoint",
    address: s.lxdRemoteAddress.address,
    port: s.lxdRemoteAddress.port,
    trustToken: s.lxdRemoteTrustToken,
    trustPassword: s.lxdRemoteTrustPassword,
    acceptRemoteCertificate: s.lxdAcceptRemoteCertificate,
  };
  if (s.lxdRemoteTrustToken !== undefined && s.lxdRemoteTrustPassword !== undefined) {
    throw new ConfigError(
      "lxdRemoteTrustPassword",
      "[secret]",
      "set lxdRemoteTrustToken or lxdRemoteTrustPassword, not both",
    );
  }

  // LXD's dir driver keeps the pool in a directory; a block device is for the others to format.
  // Only the path's form: the endpoint may be remote, this machine's /dev says nothing of it.
  if (s.storagePoolCreate && s.storagePoolDriver === "dir" && isBlockDevicePath(s.storagePoolSource)) {
    throw new ConfigError(
      "storagePoolSource",
      s.storagePoolSource,
      `is a block device, but ${CONFIG_NAMESPACE}:storagePoolDriver is "dir", which takes a directory: ` +
        `set storagePoolSource to a directory (or empty), or storagePoolDriver to one of ${BLOCK_DEVICE_DRIVERS.join(", ")}, which take a block device`,
    );
  }

  const subnet = s.bcmnetCidr;
  const gatewayAddress =
    s.bcmnetGatewayAddress === undefined
      ? hostAt(subnet, 1)
      : hostInSubnet("bcmnetGatewayAddress", s.bcmnetGatewayAddress, subnet);
  const dhcpStart =
    s.bcmnetDhcpRangeStart === undefined
      ? defaultDhcpBound(subnet, "start")
      : hostInSubnet("bcmnetDhcpRangeStart", s.bcmnetDhcpRangeStart, subnet);
  const dhcpEnd =
    s.bcmnetDhcpRangeEnd === undefined
      ? defaultDhcpBound(subnet, "end")
      : hostInSubnet("bcmnetDhcpRangeEnd", s.bcmnetDhcpRangeEnd, subnet);
  if (ipToInt(dhcpStart) > ipToInt(dhcpEnd)) {
    throw new ConfigError(
      "bcmnetDhcpRangeEnd",
      dhcpEnd,
      `the DHCP range is reversed: it ends before bcmnetDhcpRangeStart ${dhcpStart}`,
    );
  }
  if (ipToInt(dhcpStart) <= ipToInt(gatewayAddress) && ipToInt(gatewayAddress) <= ipToInt(dhcpEnd)) {
    throw new ConfigError(
      "bcmnetDhcpRangeStart",
      `${dhcpStart}-${dhcpEnd}`,
      `the DHCP range contains the gateway address ${gatewayAddress}`,
    );
  }

  if (s.bcmnetParentNic !== undefined && s.bcmnetParentNic === s.bcmnetName) {
    throw new ConfigError(
      "bcmnetParentNic",
      s.bcmnetParentNic,
      "names the bcmnet bridge itself (bcmnetName): set the LAN NIC the bridge takes in, a different interface",
    );
  }
  const outside = parseOutside(s, subnet);

  const services: Record<ServiceName, boolean> = {
    tor: s.enableTor,
    httpProxy: s.enableHttpProxy,
    squid: s.enableSquid,
    registryMirror: s.enableRegistryMirror,
    privateRegistry: s.enablePrivateRegistry,
  };
  if (services.httpProxy && !services.tor) {
    throw new ConfigError(
      "enableHttpProxy",
      true,
      "the HTTP proxy sends everything over Tor: set enableTor too",
    );
  }
  const ports = checkPorts(s, services);

  if (s.squidMaxObjectSizeMb > s.squidCacheSizeMb) {
    throw new ConfigError(
      "squidMaxObjectSizeMb",
      s.squidMaxObjectSizeMb,
      `larger than the whole cache (squidCacheSizeMb = ${s.squidCacheSizeMb})`,
    );
  }

  if (services.squid && s.squidEgress === "tor" && !(services.tor && services.httpProxy)) {
    throw new ConfigError(
      "squidEgress",
      s.squidEgress,
      "needs enableTor and enableHttpProxy (Squid fetches through privoxy and Tor); " +
        'set it to "direct" to fetch from the operator\'s own address instead',
    );
  }
  const egress = s.registryMirrorEgress;
  if (services.registryMirror && egress === "tor" && !(services.tor && services.httpProxy)) {
    throw new ConfigError(
      "registryMirrorEgress",
      egress,
      "needs enableTor and enableHttpProxy (the mirror reaches its upstream through privoxy and Tor); " +
        'set it to "direct" to pull from the operator\'s own address instead',
    );
  }
  if (services.registryMirror && egress === "direct" && !(services.squid && s.squidEgress === "direct")) {
    throw new ConfigError(
      "registryMirrorEgress",
      egress,
      "needs enableSquid with squidEgress direct (the mirror reaches its upstream through Squid, so it starts and serves its cache while upstream is down; through a Squid that uses Tor it would not be direct)",
    );
  }

  if (s.certEarlyRenewalHours >= s.certValidityHours) {
    throw new ConfigError(
      "certEarlyRenewalHours",
      s.certEarlyRenewalHours,
      `must be shorter than certValidityHours (${s.certValidityHours}), or every pulumi up re-issues the certificates`,
    );
  }
  if (s.certValidityHours > s.caValidityHours) {
    throw new ConfigError(
      "certValidityHours",
      s.certValidityHours,
      `must not outlive the CA (caValidityHours = ${s.caValidityHours})`,
    );
  }

  const dockerHosts = s.dockerHosts;
  const duplicateHost = dockerHosts.find((name, i) => dockerHosts.indexOf(name) !== i);
  if (duplicateHost !== undefined) {
    throw new ConfigError("dockerHosts", raw.dockerHosts, `instance name "${duplicateHost}" is used twice`);
  }
  const reservedHost = dockerHosts.find((name) => RESERVED_HOST_NAMES.includes(name));
  if (reservedHost !== undefined) {
    throw new ConfigError(
      "dockerHosts",
      raw.dockerHosts,
      `instance name "${reservedHost}" is used twice: the gateway is "gateway" and publishes ${RESERVED_HOST_NAMES.filter((n) => n !== "gateway").join(", ")} as names on bcmnet`,
    );
  }
  if (dockerHosts.length > 0 && subnetsOverlap(subnet, DOCKER_DEFAULT_BRIDGE)) {
    throw new ConfigError(
      "bcmnetCidr",
      subnet.cidr,
      `overlaps docker's default bridge ${DOCKER_DEFAULT_BRIDGE.cidr} on the docker hosts: they could not reach the gateway`,
    );
  }

  const cluster = parseCluster(s, dockerHosts);
  const builds = toBuildSettings(s, raw.images);
  if (builds.images.length > 0 && !services.privateRegistry) {
    throw new ConfigError(
      "images",
      builds.images.map((i) => i.name).join(", "),
      "images are pushed to the private registry: set bcm:enablePrivateRegistry true, or remove them",
    );
  }
  const swarm = toSwarmSettings(s, raw.stacks, dockerHosts, {
    bcmnet: subnet,
    natBridge:
      outside.mode === "nat-bridge" ? { address: outside.bridgeAddress, subnet: outside.subnet } : undefined,
  });

  const onionServices = s.onionServices.map((service) => {
    if ("gateway" in service.target) {
      const which = service.target.gateway;
      if (!services[which]) {
        throw new ConfigError(
          "onionServices",
          service.name,
          `its target ${which} is not enabled (enable${which[0].toUpperCase()}${which.slice(1)})`,
        );
      }
      return { ...service, target: { address: gatewayAddress, port: ports[which] } };
    }
    hostInSubnet("onionServices", service.target.address, subnet);
    return { ...service, target: service.target };
  });
  const duplicateOnion = onionServices.find(
    (service, i) => onionServices.findIndex((o) => o.name === service.name) !== i,
  );
  if (duplicateOnion)
    throw new ConfigError("onionServices", duplicateOnion.name, "two onion services have this name");
  if (onionServices.length > 0 && !services.tor) {
    throw new ConfigError(
      "onionServices",
      onionServices.map((o) => o.name),
      "onion services need enableTor",
    );
  }

  return {
    lxd: { remote, project: s.lxdProject },
    storage: {
      pool: s.storagePool,
      create: s.storagePoolCreate,
      driver: s.storagePoolDriver,
      source: s.storagePoolSource,
    },
    image: { alias: s.imageAlias, remote: s.imageRemote },
    bcmnet: {
      name: s.bcmnetName,
      subnet,
      gatewayAddress,
      dhcpRange: { start: dhcpStart, end: dhcpEnd },
      leaseTime: s.bcmnetDhcpLeaseTime,
      domain: s.bcmnetDomain,
      parentNic: s.bcmnetParentNic ?? "",
    },
    outside,
    forwardBcmnetToOutside: s.forwardBcmnetToOutside,
    insideConnectionsPerClient: s.insideConnectionsPerClient,
    services,
    ports,
    squid: {
      cacheSizeMb: s.squidCacheSizeMb,
      maxObjectSizeMb: s.squidMaxObjectSizeMb,
      memoryCacheMb: s.squidMemoryCacheMb,
      egress: s.squidEgress,
    },
    registryMirror: { upstream: s.registryMirrorUpstream, egress },
    volumeSizesGb: {
      registryMirror: s.registryMirrorVolumeSizeGb,
      privateRegistry: s.privateRegistryVolumeSizeGb,
    },
    gatewayLogging: s.gatewayLogging,
    certificates: {
      caValidityHours: s.caValidityHours,
      validityHours: s.certValidityHours,
      earlyRenewalHours: s.certEarlyRenewalHours,
    },
    onionServices,
    dockerHosts,
    dockerKernelModules: s.dockerKernelModules,
    retainDataVolumes: s.retainDataVolumes,
    builds,
    swarm,
    cluster,
  };
}

/** Reads every setting from the stack (defaults from the settings table) and validates it. */
export function loadConfig(config = new pulumi.Config(CONFIG_NAMESPACE)): BcmConfig {
  checkUnknownSettings(Object.keys(pulumi.runtime.allConfig()));
  return parseConfig(readRawConfig(config));
}

// ---------------------------------------------------------------------------------------------

type Parsed = ReturnType<typeof parseSettings>;

function parseOutside(s: Parsed, bcmnet: Ipv4Subnet): BcmConfig["outside"] {
  if (s.outsideMode === "macvlan") {
    if (s.outsideParentNic === undefined) {
      throw new ConfigError(
        "outsideParentNic",
        "",
        "outsideMode macvlan needs the physical NIC facing the upstream router",
      );
    }
    if (s.outsideParentNic === s.bcmnetParentNic) {
      throw new ConfigError(
        "outsideParentNic",
        s.outsideParentNic,
        "the outside NIC must be a different physical NIC than bcmnetParentNic (separate L2 domains)",
      );
    }
    if (s.outsideParentNic === s.bcmnetName) {
      throw new ConfigError(
        "outsideParentNic",
        s.outsideParentNic,
        "is the bcmnet bridge (bcmnetName): the gateway's outside NIC would sit on the trusted inside network",
      );
    }
    return { mode: "macvlan", parentNic: s.outsideParentNic };
  }
  if (s.outsideBridgeName === s.bcmnetName) {
    throw new ConfigError("outsideBridgeName", s.outsideBridgeName, "must differ from bcmnetName");
  }
  if (s.outsideBridgeName === s.bcmnetParentNic) {
    throw new ConfigError(
      "outsideBridgeName",
      s.outsideBridgeName,
      "is bcmnetParentNic, the LAN NIC bcmnet takes in: the NAT bridge needs a name of its own",
    );
  }
  const { address, subnet } = s.outsideBridgeAddress;
  if (subnetsOverlap(subnet, bcmnet)) {
    throw new ConfigError(
      "bcmnetCidr",
      bcmnet.cidr,
      `overlaps outsideBridgeAddress ${address}/${subnet.prefixLength} (${subnet.cidr})`,
    );
  }
  return { mode: "nat-bridge", bridgeName: s.outsideBridgeName, bridgeAddress: address, subnet };
}

/** Cluster placement: every name a member listed in lxdClusterMembers, bcmnet reachable. */
function parseCluster(s: Parsed, dockerHosts: string[]): ClusterPlacement | undefined {
  const members = s.lxdClusterMembers;
  const placements = s.dockerHostClusterMembers;
  if (members.length === 0) {
    if (s.gatewayClusterMember !== undefined) {
      throw new ConfigError(
        "gatewayClusterMember",
        s.gatewayClusterMember,
        "names a cluster member, but lxdClusterMembers is empty: list every member of the cluster (lxc cluster list)",
      );
    }
    if (placements.length > 0) {
      throw new ConfigError(
        "dockerHostClusterMembers",
        placements.map((p) => `${p.host} ${p.target}`),
        "places docker hosts on cluster members, but lxdClusterMembers is empty: list every member of the cluster (lxc cluster list)",
      );
    }
    return undefined;
  }
  const duplicate = members.find((name, i) => members.indexOf(name) !== i);
  if (duplicate !== undefined) {
    throw new ConfigError("lxdClusterMembers", members, `member "${duplicate}" is listed twice`);
  }
  const notMember = `is not a member of the cluster: lxdClusterMembers is ${members.join(", ")}`;
  const gateway = s.gatewayClusterMember;
  if (gateway === undefined) {
    throw new ConfigError(
      "gatewayClusterMember",
      "",
      "a cluster needs the gateway pinned to the member whose outsideParentNic faces the router (and whose bcmnetParentNic is on the bcmnet LAN)",
    );
  }
  if (!members.includes(gateway)) throw new ConfigError("gatewayClusterMember", gateway, notMember);

  const placed: Record<string, string> = {};
  for (const { host, target } of placements) {
    const entry = `${host} ${target}`;
    if (!dockerHosts.includes(host)) {
      throw new ConfigError(
        "dockerHostClusterMembers",
        entry,
        `"${host}" is not a docker host (dockerHosts: ${dockerHosts.join(", ") || "none"})`,
      );
    }
    if (placed[host] !== undefined) {
      throw new ConfigError("dockerHostClusterMembers", entry, `docker host "${host}" is placed twice`);
    }
    if (!target.startsWith("@") && !members.includes(target)) {
      throw new ConfigError("dockerHostClusterMembers", entry, `"${target}" ${notMember}`);
    }
    if (target !== gateway && s.bcmnetParentNic === undefined) {
      throw new ConfigError(
        "dockerHostClusterMembers",
        entry,
        `bcmnet reaches members other than the gateway's (${gateway}) only over a physical LAN: set bcmnetParentNic, or place "${host}" on ${gateway}`,
      );
    }
    placed[host] = target;
  }
  return {
    members,
    gateway,
    dockerHosts: Object.fromEntries(dockerHosts.map((host) => [host, placed[host] ?? gateway])),
  };
}

function checkPorts(s: Parsed, services: Record<ServiceName, boolean>): BcmConfig["ports"] {
  const entries: [keyof Parsed, number, boolean][] = [
    ["torSocksPort", s.torSocksPort, services.tor],
    ["torDnsPort", s.torDnsPort, services.tor],
    ["torControlPort", s.torControlPort, services.tor],
    ["httpProxyPort", s.httpProxyPort, services.httpProxy],
    ["squidPort", s.squidPort, services.squid],
    ["registryMirrorPort", s.registryMirrorPort, services.registryMirror],
    ["privateRegistryPort", s.privateRegistryPort, services.privateRegistry],
  ];
  const taken = new Map<number, string>();
  for (const [key, port, enabled] of entries) {
    if (!enabled) continue;
    if (RESERVED_PORTS[port] !== undefined) {
      throw new ConfigError(key, port, `port ${port} is used by ${RESERVED_PORTS[port]} on the gateway`);
    }
    const other = taken.get(port);
    if (other !== undefined) {
      throw new ConfigError(key, port, `port ${port} is already used by ${CONFIG_NAMESPACE}:${other}`);
    }
    taken.set(port, key);
  }
  return {
    torSocks: s.torSocksPort,
    torDns: s.torDnsPort,
    torControl: s.torControlPort,
    httpProxy: s.httpProxyPort,
    squid: s.squidPort,
    registryMirror: s.registryMirrorPort,
    privateRegistry: s.privateRegistryPort,
  };
}

/** Default DHCP pool: the upper half of the subnet, leaving the lower half for static hosts. */
function defaultDhcpBound(subnet: Ipv4Subnet, bound: "start" | "end"): string {
  const size = 2 ** (32 - subnet.prefixLength);
  return bound === "start" ? hostAt(subnet, size / 2) : hostAt(subnet, size - 2);
}

/** Service host names published in DNS (and in the server certificates' SANs). */
export function serviceHostNames(domain: string) {
  return {
    gateway: `gateway.${domain}`,
    registry: domain, // the private registry is reachable as bcmnet:443
    registryAlias: `registry.${domain}`,
    mirror: `mirror.${domain}`,
    squid: `squid.${domain}`,
    tor: `tor.${domain}`,
    httpProxy: `proxy.${domain}`,
  };
}

/** What a kernel offers: true when the module is built in, loaded, or loadable. */
export type KernelModuleProbe = (module: string) => boolean;

/** The running kernel's modules, read from /sys/module and /lib/modules/<release>. */
export function localKernelModules(): KernelModuleProbe {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("fs") as typeof import("fs");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const os = require("os") as typeof import("os");
  const dir = `/lib/modules/${os.release()}`;
  const listed = new Set<string>();
  for (const file of ["modules.dep", "modules.builtin"]) {
    try {
      for (const line of fs.readFileSync(`${dir}/${file}`, "utf8").split("\n")) {
        const match = /([^/]+)\.ko(\.[a-z]+)?:?/.exec(line.split(":")[0] + ":");
        if (match) listed.add(match[1].replace(/-/g, "_"));
      }
    } catch {
      // no such file: a kernel without modules; /sys/module is all there is
    }
  }
  return (module) => listed.has(module.replace(/-/g, "_")) || fs.existsSync(`/sys/module/${module}`);
}

/**
 * For the local daemon, refuse at preview a docker kernel module the running kernel lacks: LXD
 * would refuse to start the docker host, after creating it, outside the stack's state.
 */
export function checkDockerKernelModules(config: BcmConfig, available: KernelModuleProbe): void {
  if (config.lxd.remote !== undefined || config.dockerHosts.length === 0) return;
  const missing = config.dockerKernelModules.filter((module) => !available(module));
  if (missing.length > 0) {
    throw new ConfigError(
      "dockerKernelModules",
      config.dockerKernelModules,
      `this machine's kernel has no module ${missing.join(", ")} (neither built in, loaded nor in /lib/modules): ` +
        "LXD would refuse to start the docker hosts; remove them from the list",
    );
  }
}
