import * as pulumi from "@pulumi/pulumi";
import * as ipaddr from "ipaddr.js";

/**
 * One typed, validated view of the stack configuration.
 *
 * `parseConfig` is pure (plain values in, typed config or a ConfigError out) so every
 * validation rule is unit-tested without the engine; `loadConfig` only reads pulumi.Config.
 * Every rule runs before any resource is created.
 */

export class ConfigError extends pulumi.RunError {
  constructor(
    public readonly key: string,
    public readonly value: unknown,
    reason: string,
  ) {
    super(`Invalid configuration ${CONFIG_NAMESPACE}:${key} = ${JSON.stringify(value)}: ${reason}`);
    this.name = "ConfigError";
  }
}

export const CONFIG_NAMESPACE = "bcm";

export type ServiceName = "tor" | "httpProxy" | "squid" | "registryMirror" | "privateRegistry";

export interface Ipv4Subnet {
  /** As configured, normalised: "10.148.10.0/24". */
  cidr: string;
  networkAddress: string;
  broadcastAddress: string;
  prefixLength: number;
}

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
    leaseTime: string;
    domain: string;
    parentNic: string;
  };
  outside:
    | { mode: "macvlan"; parentNic: string }
    | { mode: "nat-bridge"; bridgeName: string; bridgeAddress: string; subnet: Ipv4Subnet };
  forwardBcmnetToOutside: boolean;
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
  squid: { cacheSizeMb: number; maxObjectSizeMb: number; memoryCacheMb: number };
  registryMirror: { upstreamUrl: string; egress: "tor" | "direct" };
  /** GiB per data volume (enforced where the pool driver supports quotas). */
  volumeSizesGb: { registryMirror: number; privateRegistry: number };
  /** What the gateway's services log: "private" (no client addresses, URLs or queries) or "full". */
  gatewayLogging: "private" | "full";
  certificates: { caValidityHours: number; validityHours: number; earlyRenewalHours: number };
  dockerHosts: string[];
  dockerKernelModules: string[];
  retainDataVolumes: boolean;
}

/** Raw settings as they come out of Pulumi config (defaults live in Pulumi.yaml). */
export interface RawConfig {
  lxdRemoteAddress: string;
  lxdRemoteTrustToken?: pulumi.Output<string>;
  lxdRemoteTrustPassword?: pulumi.Output<string>;
  lxdAcceptRemoteCertificate: boolean;
  lxdProject: string;
  storagePool: string;
  storagePoolCreate: boolean;
  storagePoolDriver: string;
  storagePoolSource: string;
  imageAlias: string;
  imageRemote: string;
  bcmnetName: string;
  bcmnetCidr: string;
  bcmnetGatewayAddress: string;
  bcmnetDhcpRangeStart: string;
  bcmnetDhcpRangeEnd: string;
  bcmnetDhcpLeaseTime: string;
  bcmnetDomain: string;
  bcmnetParentNic: string;
  outsideMode: string;
  outsideParentNic: string;
  outsideBridgeName: string;
  outsideBridgeAddress: string;
  forwardBcmnetToOutside: boolean;
  enableTor: boolean;
  enableHttpProxy: boolean;
  enableSquid: boolean;
  enableRegistryMirror: boolean;
  enablePrivateRegistry: boolean;
  torSocksPort: number;
  torDnsPort: number;
  torControlPort: number;
  httpProxyPort: number;
  squidPort: number;
  registryMirrorPort: number;
  privateRegistryPort: number;
  squidCacheSizeMb: number;
  squidMaxObjectSizeMb: number;
  squidMemoryCacheMb: number;
  registryMirrorUpstream: string;
  registryMirrorEgress: string;
  registryMirrorVolumeSizeGb: number;
  privateRegistryVolumeSizeGb: number;
  gatewayLogging: string;
  caValidityHours: number;
  certValidityHours: number;
  certEarlyRenewalHours: number;
  dockerHosts: string[];
  dockerKernelModules: string[];
  retainDataVolumes: boolean;
}

/** The defaults, identical to Pulumi.yaml's (a unit test keeps the two in step). */
export const DEFAULTS: Omit<RawConfig, "lxdRemoteTrustToken" | "lxdRemoteTrustPassword"> = {
  lxdRemoteAddress: "",
  lxdAcceptRemoteCertificate: false,
  lxdProject: "bcm",
  storagePool: "bcm",
  storagePoolCreate: true,
  storagePoolDriver: "dir",
  storagePoolSource: "",
  imageAlias: "bcm-bookworm",
  imageRemote: "",
  bcmnetName: "bcmnet",
  bcmnetCidr: "10.148.10.0/24",
  bcmnetGatewayAddress: "",
  bcmnetDhcpRangeStart: "",
  bcmnetDhcpRangeEnd: "",
  bcmnetDhcpLeaseTime: "12h",
  bcmnetDomain: "bcmnet",
  bcmnetParentNic: "",
  outsideMode: "macvlan",
  outsideParentNic: "",
  outsideBridgeName: "bcmout",
  outsideBridgeAddress: "10.148.20.1/24",
  forwardBcmnetToOutside: false,
  enableTor: true,
  enableHttpProxy: true,
  enableSquid: true,
  enableRegistryMirror: true,
  enablePrivateRegistry: true,
  torSocksPort: 9050,
  torDnsPort: 5353,
  torControlPort: 9051,
  httpProxyPort: 8118,
  squidPort: 3128,
  registryMirrorPort: 5000,
  privateRegistryPort: 443,
  squidCacheSizeMb: 10240,
  squidMaxObjectSizeMb: 4096,
  squidMemoryCacheMb: 256,
  registryMirrorUpstream: "https://registry-1.docker.io",
  registryMirrorEgress: "tor",
  registryMirrorVolumeSizeGb: 50,
  privateRegistryVolumeSizeGb: 50,
  gatewayLogging: "private",
  caValidityHours: 87600,
  certValidityHours: 8760,
  certEarlyRenewalHours: 720,
  dockerHosts: [],
  // None by default: LXD refuses to start an instance when the host kernel lacks a listed module
  // (a kernel without loadable modules, as on our build machines), and a failed start leaves an
  // instance outside the stack's state. dockerd runs on what the host has loaded.
  dockerKernelModules: [],
  retainDataVolumes: false,
};

/** Ports the gateway itself needs on bcmnet: DNS and DHCP. */
const RESERVED_PORTS: Record<number, string> = { 53: "DNS (dnsmasq)", 67: "DHCP (dnsmasq)" };

// LXD object names: letters, digits and dashes, not starting with a dash or a digit-only name.
const LXD_NAME = /^[a-zA-Z][a-zA-Z0-9-]{0,62}$/;
// Linux interface names are at most 15 bytes and must not contain '/', ':' or whitespace.
const IFACE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,14}$/;
// RFC 1123 label; the domain may have several labels ("bcmnet", "bcm.example.lan").
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// dnsmasq lease time: seconds, or a number with m/h/d/w, or "infinite"; dnsmasq's minimum is 2m.
const LEASE_TIME = /^(\d+)([mhdw]?)$/;

export function parseConfig(raw: RawConfig): BcmConfig {
  const lxdProject = lxdName("lxdProject", raw.lxdProject);
  const storagePool = lxdName("storagePool", raw.storagePool);
  if (!["dir", "btrfs", "zfs", "lvm"].includes(raw.storagePoolDriver)) {
    throw new ConfigError("storagePoolDriver", raw.storagePoolDriver, "expected one of dir, btrfs, zfs, lvm");
  }
  if (raw.imageAlias.trim() === "") throw new ConfigError("imageAlias", raw.imageAlias, "must not be empty");
  if (raw.imageRemote !== "" && !LXD_NAME.test(raw.imageRemote)) {
    throw new ConfigError("imageRemote", raw.imageRemote, "expected an LXD remote name, or empty for local");
  }

  const remote = parseRemote(raw);

  const bcmnetName = interfaceName("bcmnetName", raw.bcmnetName);
  const subnet = parseSubnet("bcmnetCidr", raw.bcmnetCidr);
  const gatewayAddress =
    raw.bcmnetGatewayAddress === ""
      ? hostAt(subnet, 1)
      : hostInSubnet("bcmnetGatewayAddress", raw.bcmnetGatewayAddress, subnet);
  const dhcpStart =
    raw.bcmnetDhcpRangeStart === ""
      ? defaultDhcpBound(subnet, "start")
      : hostInSubnet("bcmnetDhcpRangeStart", raw.bcmnetDhcpRangeStart, subnet);
  const dhcpEnd =
    raw.bcmnetDhcpRangeEnd === ""
      ? defaultDhcpBound(subnet, "end")
      : hostInSubnet("bcmnetDhcpRangeEnd", raw.bcmnetDhcpRangeEnd, subnet);
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
  const leaseTime = parseLeaseTime(raw.bcmnetDhcpLeaseTime);
  const domain = parseDomain(raw.bcmnetDomain);
  if (raw.bcmnetParentNic !== "") interfaceName("bcmnetParentNic", raw.bcmnetParentNic);

  const outside = parseOutside(raw, bcmnetName, subnet);
  if (outside.mode === "macvlan" && raw.bcmnetParentNic !== "" && outside.parentNic === raw.bcmnetParentNic) {
    throw new ConfigError(
      "outsideParentNic",
      outside.parentNic,
      "the outside NIC must be a different physical NIC than bcmnetParentNic (separate L2 domains)",
    );
  }

  const services: Record<ServiceName, boolean> = {
    tor: raw.enableTor,
    httpProxy: raw.enableHttpProxy,
    squid: raw.enableSquid,
    registryMirror: raw.enableRegistryMirror,
    privateRegistry: raw.enablePrivateRegistry,
  };
  if (services.httpProxy && !services.tor) {
    throw new ConfigError(
      "enableHttpProxy",
      true,
      "the HTTP proxy sends everything over Tor: set enableTor too",
    );
  }

  const ports = parsePorts(raw, services);

  const cacheSizeMb = positiveInt("squidCacheSizeMb", raw.squidCacheSizeMb, 100);
  const maxObjectSizeMb = positiveInt("squidMaxObjectSizeMb", raw.squidMaxObjectSizeMb, 1);
  if (maxObjectSizeMb > cacheSizeMb) {
    throw new ConfigError(
      "squidMaxObjectSizeMb",
      maxObjectSizeMb,
      `larger than the whole cache (squidCacheSizeMb = ${cacheSizeMb})`,
    );
  }
  const memoryCacheMb = positiveInt("squidMemoryCacheMb", raw.squidMemoryCacheMb, 8);

  const upstreamUrl = parseUpstreamUrl(raw.registryMirrorUpstream);
  const egress = oneOf("registryMirrorEgress", raw.registryMirrorEgress, ["tor", "direct"] as const);
  if (services.registryMirror && egress === "tor" && !(services.tor && services.httpProxy)) {
    throw new ConfigError(
      "registryMirrorEgress",
      egress,
      "needs enableTor and enableHttpProxy (the mirror reaches its upstream through privoxy and Tor); " +
        'set it to "direct" to pull from the operator\'s own address instead',
    );
  }
  if (services.registryMirror && egress === "direct" && !services.squid) {
    throw new ConfigError(
      "registryMirrorEgress",
      egress,
      "needs enableSquid (the mirror reaches its upstream through Squid, so it starts and serves its cache while upstream is down)",
    );
  }
  const volumeSizesGb = {
    registryMirror: positiveInt("registryMirrorVolumeSizeGb", raw.registryMirrorVolumeSizeGb, 1),
    privateRegistry: positiveInt("privateRegistryVolumeSizeGb", raw.privateRegistryVolumeSizeGb, 1),
  };
  const gatewayLogging = oneOf("gatewayLogging", raw.gatewayLogging, ["private", "full"] as const);

  const caValidityHours = positiveInt("caValidityHours", raw.caValidityHours, 24);
  const validityHours = positiveInt("certValidityHours", raw.certValidityHours, 24);
  const earlyRenewalHours = positiveInt("certEarlyRenewalHours", raw.certEarlyRenewalHours, 1);
  if (earlyRenewalHours >= validityHours) {
    throw new ConfigError(
      "certEarlyRenewalHours",
      earlyRenewalHours,
      `must be shorter than certValidityHours (${validityHours}), or every pulumi up re-issues the certificates`,
    );
  }
  if (validityHours > caValidityHours) {
    throw new ConfigError(
      "certValidityHours",
      validityHours,
      `must not outlive the CA (caValidityHours = ${caValidityHours})`,
    );
  }

  const dockerHosts = raw.dockerHosts.map((name, i) => lxdName(`dockerHosts[${i}]`, name));
  const duplicateHost = dockerHosts.find((name, i) => dockerHosts.indexOf(name) !== i || name === "gateway");
  if (duplicateHost !== undefined) {
    throw new ConfigError("dockerHosts", raw.dockerHosts, `instance name "${duplicateHost}" is used twice`);
  }

  raw.dockerKernelModules.forEach((module, i) => {
    if (!/^[a-z0-9_]+$/.test(module)) {
      throw new ConfigError(`dockerKernelModules[${i}]`, module, "expected a kernel module name");
    }
  });

  return {
    lxd: { remote, project: lxdProject },
    storage: {
      pool: storagePool,
      create: raw.storagePoolCreate,
      driver: raw.storagePoolDriver,
      source: raw.storagePoolSource,
    },
    image: { alias: raw.imageAlias, remote: raw.imageRemote },
    bcmnet: {
      name: bcmnetName,
      subnet,
      gatewayAddress,
      dhcpRange: { start: dhcpStart, end: dhcpEnd },
      leaseTime,
      domain,
      parentNic: raw.bcmnetParentNic,
    },
    outside,
    forwardBcmnetToOutside: raw.forwardBcmnetToOutside,
    services,
    ports,
    squid: { cacheSizeMb, maxObjectSizeMb, memoryCacheMb },
    registryMirror: { upstreamUrl, egress },
    volumeSizesGb,
    gatewayLogging,
    certificates: { caValidityHours, validityHours, earlyRenewalHours },
    dockerHosts,
    dockerKernelModules: raw.dockerKernelModules,
    retainDataVolumes: raw.retainDataVolumes,
  };
}

/** Reads every setting from the stack (defaults from Pulumi.yaml) and validates it. */
export function loadConfig(config = new pulumi.Config(CONFIG_NAMESPACE)): BcmConfig {
  const str = (key: keyof RawConfig) => config.get(key) ?? (DEFAULTS[key as keyof typeof DEFAULTS] as string);
  const bool = (key: keyof RawConfig) =>
    config.getBoolean(key) ?? (DEFAULTS[key as keyof typeof DEFAULTS] as boolean);
  const num = (key: keyof RawConfig) => {
    const value = config.get(key);
    if (value === undefined) return DEFAULTS[key as keyof typeof DEFAULTS] as number;
    if (!/^-?\d+$/.test(value.trim())) throw new ConfigError(key, value, "expected an integer");
    return Number(value);
  };
  const list = (key: keyof RawConfig): string[] => {
    const value = config.getObject<unknown>(key) ?? DEFAULTS[key as keyof typeof DEFAULTS];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      throw new ConfigError(key, value, "expected a list of strings");
    }
    return value as string[];
  };
  return parseConfig({
    lxdRemoteAddress: str("lxdRemoteAddress"),
    lxdRemoteTrustToken: config.getSecret("lxdRemoteTrustToken"),
    lxdRemoteTrustPassword: config.getSecret("lxdRemoteTrustPassword"),
    lxdAcceptRemoteCertificate: bool("lxdAcceptRemoteCertificate"),
    lxdProject: str("lxdProject"),
    storagePool: str("storagePool"),
    storagePoolCreate: bool("storagePoolCreate"),
    storagePoolDriver: str("storagePoolDriver"),
    storagePoolSource: str("storagePoolSource"),
    imageAlias: str("imageAlias"),
    imageRemote: str("imageRemote"),
    bcmnetName: str("bcmnetName"),
    bcmnetCidr: str("bcmnetCidr"),
    bcmnetGatewayAddress: str("bcmnetGatewayAddress"),
    bcmnetDhcpRangeStart: str("bcmnetDhcpRangeStart"),
    bcmnetDhcpRangeEnd: str("bcmnetDhcpRangeEnd"),
    bcmnetDhcpLeaseTime: str("bcmnetDhcpLeaseTime"),
    bcmnetDomain: str("bcmnetDomain"),
    bcmnetParentNic: str("bcmnetParentNic"),
    outsideMode: str("outsideMode"),
    outsideParentNic: str("outsideParentNic"),
    outsideBridgeName: str("outsideBridgeName"),
    outsideBridgeAddress: str("outsideBridgeAddress"),
    forwardBcmnetToOutside: bool("forwardBcmnetToOutside"),
    enableTor: bool("enableTor"),
    enableHttpProxy: bool("enableHttpProxy"),
    enableSquid: bool("enableSquid"),
    enableRegistryMirror: bool("enableRegistryMirror"),
    enablePrivateRegistry: bool("enablePrivateRegistry"),
    torSocksPort: num("torSocksPort"),
    torDnsPort: num("torDnsPort"),
    torControlPort: num("torControlPort"),
    httpProxyPort: num("httpProxyPort"),
    squidPort: num("squidPort"),
    registryMirrorPort: num("registryMirrorPort"),
    privateRegistryPort: num("privateRegistryPort"),
    squidCacheSizeMb: num("squidCacheSizeMb"),
    squidMaxObjectSizeMb: num("squidMaxObjectSizeMb"),
    squidMemoryCacheMb: num("squidMemoryCacheMb"),
    registryMirrorUpstream: str("registryMirrorUpstream"),
    registryMirrorEgress: str("registryMirrorEgress"),
    registryMirrorVolumeSizeGb: num("registryMirrorVolumeSizeGb"),
    privateRegistryVolumeSizeGb: num("privateRegistryVolumeSizeGb"),
    gatewayLogging: str("gatewayLogging"),
    caValidityHours: num("caValidityHours"),
    certValidityHours: num("certValidityHours"),
    certEarlyRenewalHours: num("certEarlyRenewalHours"),
    dockerHosts: list("dockerHosts"),
    dockerKernelModules: list("dockerKernelModules"),
    retainDataVolumes: bool("retainDataVolumes"),
  });
}

// ---------------------------------------------------------------------------------------------

function oneOf<T extends string>(key: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(key, value, `expected one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
  return value as T;
}

function parseRemote(raw: RawConfig): BcmConfig["lxd"]["remote"] {
  if (raw.lxdRemoteAddress === "") return undefined;
  // "host", "host:8443", "https://host:8443", "[fd00::1]:8443"
  let url: URL;
  try {
    url = new URL(
      raw.lxdRemoteAddress.includes("://") ? raw.lxdRemoteAddress : `https://${raw.lxdRemoteAddress}`,
    );
  } catch {
    throw new ConfigError(
      "lxdRemoteAddress",
      raw.lxdRemoteAddress,
      "expected host, host:port or https://host:port",
    );
  }
  if (url.protocol !== "https:" || url.hostname === "" || (url.pathname !== "/" && url.pathname !== "")) {
    throw new ConfigError(
      "lxdRemoteAddress",
      raw.lxdRemoteAddress,
      "expected host, host:port or https://host:port",
    );
  }
  if (raw.lxdRemoteTrustToken !== undefined && raw.lxdRemoteTrustPassword !== undefined) {
    throw new ConfigError(
      "lxdRemoteTrustPassword",
      "[secret]",
      "set lxdRemoteTrustToken or lxdRemoteTrustPassword, not both",
    );
  }
  return {
    name: "bcm-endpoint",
    address: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port === "" ? 8443 : Number(url.port),
    trustToken: raw.lxdRemoteTrustToken,
    trustPassword: raw.lxdRemoteTrustPassword,
    acceptRemoteCertificate: raw.lxdAcceptRemoteCertificate,
  };
}

function parseOutside(raw: RawConfig, bcmnetName: string, bcmnet: Ipv4Subnet): BcmConfig["outside"] {
  switch (raw.outsideMode) {
    case "macvlan":
      if (raw.outsideParentNic === "") {
        throw new ConfigError(
          "outsideParentNic",
          raw.outsideParentNic,
          "outsideMode macvlan needs the physical NIC facing the upstream router",
        );
      }
      return { mode: "macvlan", parentNic: interfaceName("outsideParentNic", raw.outsideParentNic) };
    case "nat-bridge": {
      const bridgeName = interfaceName("outsideBridgeName", raw.outsideBridgeName);
      if (bridgeName === bcmnetName) {
        throw new ConfigError("outsideBridgeName", bridgeName, "must differ from bcmnetName");
      }
      const { address, subnet } = parseInterfaceAddress("outsideBridgeAddress", raw.outsideBridgeAddress);
      if (subnetsOverlap(subnet, bcmnet)) {
        throw new ConfigError(
          "bcmnetCidr",
          bcmnet.cidr,
          `overlaps outsideBridgeAddress ${raw.outsideBridgeAddress} (${subnet.cidr})`,
        );
      }
      return { mode: "nat-bridge", bridgeName, bridgeAddress: address, subnet };
    }
    default:
      throw new ConfigError("outsideMode", raw.outsideMode, 'expected "macvlan" or "nat-bridge"');
  }
}

function parsePorts(raw: RawConfig, services: Record<ServiceName, boolean>): BcmConfig["ports"] {
  const entries: [keyof RawConfig, number, boolean][] = [
    ["torSocksPort", raw.torSocksPort, services.tor],
    ["torDnsPort", raw.torDnsPort, services.tor],
    ["torControlPort", raw.torControlPort, services.tor],
    ["httpProxyPort", raw.httpProxyPort, services.httpProxy],
    ["squidPort", raw.squidPort, services.squid],
    ["registryMirrorPort", raw.registryMirrorPort, services.registryMirror],
    ["privateRegistryPort", raw.privateRegistryPort, services.privateRegistry],
  ];
  const taken = new Map<number, string>();
  for (const [key, port, enabled] of entries) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new ConfigError(key, port, "a port must be an integer from 1 to 65535");
    }
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
    torSocks: raw.torSocksPort,
    torDns: raw.torDnsPort,
    torControl: raw.torControlPort,
    httpProxy: raw.httpProxyPort,
    squid: raw.squidPort,
    registryMirror: raw.registryMirrorPort,
    privateRegistry: raw.privateRegistryPort,
  };
}

function parseLeaseTime(value: string): string {
  if (value === "infinite") return value;
  const match = LEASE_TIME.exec(value);
  if (!match) {
    throw new ConfigError(
      "bcmnetDhcpLeaseTime",
      value,
      'expected seconds or a number with unit m, h, d or w (e.g. "12h"), or "infinite"',
    );
  }
  const multiplier: Record<string, number> = { "": 1, m: 60, h: 3600, d: 86400, w: 604800 };
  if (Number(match[1]) * multiplier[match[2]] < 120) {
    throw new ConfigError("bcmnetDhcpLeaseTime", value, "dnsmasq's minimum lease time is 2 minutes");
  }
  return value;
}

function parseDomain(value: string): string {
  const labels = value.split(".");
  if (
    value.length > 253 ||
    labels.some((label) => !DNS_LABEL.test(label)) ||
    /^\d+$/.test(labels.at(-1) ?? "")
  ) {
    throw new ConfigError(
      "bcmnetDomain",
      value,
      "expected a lower-case DNS name of letters, digits and dashes (e.g. bcmnet or bcm.example.lan)",
    );
  }
  return value;
}

function parseUpstreamUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("registryMirrorUpstream", value, "expected an http(s) URL of a registry");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || url.hash !== "") {
    throw new ConfigError("registryMirrorUpstream", value, "expected an http(s) URL of a registry");
  }
  return value.replace(/\/+$/, "");
}

function lxdName(key: string, value: string): string {
  if (!LXD_NAME.test(value)) {
    throw new ConfigError(key, value, "expected a name of letters, digits and dashes starting with a letter");
  }
  return value;
}

function interfaceName(key: string, value: string): string {
  if (!IFACE_NAME.test(value)) {
    throw new ConfigError(key, value, "expected a network interface name of at most 15 characters");
  }
  return value;
}

function positiveInt(key: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new ConfigError(key, value, `expected an integer of at least ${minimum}`);
  }
  return value;
}

export function parseSubnet(key: string, value: string): Ipv4Subnet {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    throw new ConfigError(key, value, "expected an IPv4 CIDR such as 10.148.10.0/24");
  }
  const [address, prefixLength] = parsed;
  if (address.kind() !== "ipv4" || !ipaddr.IPv4.isValidFourPartDecimal(value.split("/")[0])) {
    throw new ConfigError(key, value, "expected an IPv4 CIDR (IPv6 is not supported for bcmnet)");
  }
  if (prefixLength < 8 || prefixLength > 29) {
    throw new ConfigError(key, value, "the prefix length must be between /8 and /29");
  }
  const networkAddress = ipaddr.IPv4.networkAddressFromCIDR(value).toString();
  if (networkAddress !== address.toString()) {
    throw new ConfigError(key, value, `host bits are set: did you mean ${networkAddress}/${prefixLength}?`);
  }
  return {
    cidr: `${networkAddress}/${prefixLength}`,
    networkAddress,
    broadcastAddress: ipaddr.IPv4.broadcastAddressFromCIDR(value).toString(),
    prefixLength,
  };
}

/** "10.148.20.1/24" -> the address and its subnet (as LXD's ipv4.address expects). */
function parseInterfaceAddress(key: string, value: string): { address: string; subnet: Ipv4Subnet } {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    throw new ConfigError(key, value, "expected an IPv4 address with prefix such as 10.148.20.1/24");
  }
  const [address, prefixLength] = parsed;
  if (address.kind() !== "ipv4" || !ipaddr.IPv4.isValidFourPartDecimal(value.split("/")[0])) {
    throw new ConfigError(key, value, "expected an IPv4 address with prefix such as 10.148.20.1/24");
  }
  const network = ipaddr.IPv4.networkAddressFromCIDR(value).toString();
  const subnet = parseSubnet(key, `${network}/${prefixLength}`);
  hostInSubnet(key, address.toString(), subnet);
  return { address: address.toString(), subnet };
}

function hostInSubnet(key: string, value: string, subnet: Ipv4Subnet): string {
  if (!ipaddr.IPv4.isValidFourPartDecimal(value)) {
    throw new ConfigError(key, value, "expected an IPv4 address such as 10.148.10.1");
  }
  const address = ipaddr.IPv4.parse(value);
  if (!address.match(ipaddr.IPv4.parse(subnet.networkAddress), subnet.prefixLength)) {
    throw new ConfigError(key, value, `outside bcmnet ${subnet.cidr}`);
  }
  if (value === subnet.networkAddress || value === subnet.broadcastAddress) {
    throw new ConfigError(
      key,
      value,
      `is the ${value === subnet.networkAddress ? "network" : "broadcast"} address of ${subnet.cidr}`,
    );
  }
  return address.toString();
}

export function ipToInt(address: string): number {
  return ipaddr.IPv4.parse(address)
    .toByteArray()
    .reduce((acc, byte) => acc * 256 + byte, 0);
}

function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

function hostAt(subnet: Ipv4Subnet, offset: number): string {
  return intToIp(ipToInt(subnet.networkAddress) + offset);
}

/** Default DHCP pool: the upper half of the subnet, leaving the lower half for static hosts. */
function defaultDhcpBound(subnet: Ipv4Subnet, bound: "start" | "end"): string {
  const size = 2 ** (32 - subnet.prefixLength);
  return bound === "start" ? hostAt(subnet, size / 2) : hostAt(subnet, size - 2);
}

function subnetsOverlap(a: Ipv4Subnet, b: Ipv4Subnet): boolean {
  const shorter = Math.min(a.prefixLength, b.prefixLength);
  return ipaddr.IPv4.parse(a.networkAddress).match(ipaddr.IPv4.parse(b.networkAddress), shorter);
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
