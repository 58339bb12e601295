import { createHash } from "node:crypto";
import * as lxd from "@pulumi/lxd";
import * as pulumi from "@pulumi/pulumi";
import { BcmConfig, serviceHostNames } from "../config";
import { Foundation } from "../foundation";
import { renderNetworkConfig, renderUserData, secretInstanceFiles } from "../host/cloud-init";
import { renderDnsmasqConf } from "./dnsmasq";
import { renderNftablesRuleset } from "./nftables";
import { GATEWAY_ADDRESSES_FILE, GatewayServiceSpec, SiteService } from "./service";
import { renderDnsGateScript, renderDnsGateUnit } from "./dns-gate";
import { renderUnboundConf, renderUnboundUnit } from "./unbound";

export const GATEWAY_NAME = "gateway";
export const OUTSIDE_NIC = "eth0";
export const INSIDE_NIC = "eth1";
const STATE_DIR = "/var/lib/bcm/state";
/** The DNS relay in front of Tor's DNSPort, and the gate that opens it only while Tor has a circuit. */
const RELAY_UNITS = ["bcm-dns-relay.service", "bcm-dns-gate.service"];
/** The DNS relay between dnsmasq and Tor's DNSPort (TCP and UDP in, UDP out). */
export const DNS_RELAY = { address: "127.0.0.1", port: 5335 };
const UNBOUND_CONF = "/etc/bcm/unbound.conf";
const RELAY_RUNTIME_DIRECTORY = "bcm-dns-relay";
/** The relay's closed forwarder: an address unbound may never query (dns-gate.ts). */
const DNS_RELAY_CLOSED = "127.0.0.2";
const DNS_GATE_SCRIPT = "/usr/local/sbin/bcm-dns-gate";
/** Debian's tor@default writes its ControlPort cookie here (tor-service-defaults-torrc). */
export const TOR_CONTROL_COOKIE = "/run/tor/control.authcookie";
const ADDRESSES_SCRIPT = "/usr/local/sbin/bcm-gateway-addresses";

export interface GatewayArgs {
  bcmnet: Pick<
    BcmConfig["bcmnet"],
    "gatewayAddress" | "subnet" | "dhcpRange" | "leaseTime" | "domain" | "parentNic"
  >;
  outside: BcmConfig["outside"];
  forwardBcmnetToOutside: boolean;
  /** Per bcmnet address and service port: the most TCP connections it may hold at once. */
  insideConnectionsPerClient: number;
  logging: BcmConfig["gatewayLogging"];
  foundation: Foundation;
  /** Services placed on the gateway (Tor, privoxy, Squid, registries), in start order. */
  services: pulumi.Input<GatewayServiceSpec>[];
  /**
   * Tor's DNSPort, where external names are resolved, and its ControlPort on loopback (the DNS
   * gate asks it whether Tor has a circuit); undefined: local names only.
   */
  dnsUpstream?: { address: string; port: number; controlPort: number };
  /** In an LXD cluster: the member it runs on (its NICs' parents are there), with its volumes. */
  clusterMember?: string;
  /** The stack's LXD project: with the inside address, the seed of the gateway's stable MACs. */
  project: string;
}

/**
 * The gateway container between the untrusted outside and bcmnet: DHCP and DNS (over Tor) for
 * bcmnet, the nftables policy, and whatever services are placed on it.
 *
 * Config changes reach it by replacement: its whole configuration is its cloud-init, and any
 * change to it replaces the container (delete first: the name is fixed). Persistent data (leases,
 * Squid cache, registry storage) lives on custom volumes that are re-attached to the new one.
 */
export class Gateway extends pulumi.ComponentResource {
  public readonly instance: lxd.Instance;
  public readonly insideAddress: string;
  /** The address the outside NIC got by DHCP from upstream. */
  public readonly outsideAddress: pulumi.Output<string>;
  public readonly userData: pulumi.Output<string>;
  /** Every socket the gateway's services listen on ("service": "proto address:port"). */
  public readonly listeners: pulumi.Output<Record<string, string>>;
  /** Each service's units, listeners and volumes: what backup and doctor act on. */
  public readonly services: pulumi.Output<SiteService[]>;

  constructor(name: string, args: GatewayArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:gateway:Gateway", name, {}, opts);
    const { bcmnet, foundation } = args;
    const inside = bcmnet.gatewayAddress;
    this.insideAddress = inside;
    const names = serviceHostNames(bcmnet.domain);

    const state = foundation.dataVolume("gateway-state", this, 1, args.clusterMember);
    const upstream = args.dnsUpstream;
    if (upstream && upstream.address === DNS_RELAY.address && upstream.port === DNS_RELAY.port) {
      throw new pulumi.ResourceError(
        `Tor's DNSPort must not be ${DNS_RELAY.address}:${DNS_RELAY.port}: the DNS relay listens there`,
        this,
      );
    }

    const rendered = pulumi.all(args.services).apply((unordered) => {
      let services: typeof unordered;
      try {
        services = inStartOrder(unordered);
      } catch (err) {
        throw new pulumi.ResourceError(`gateway services: ${(err as Error).message}`, this);
      }
      const hostNames = [bcmnet.domain, names.gateway, ...services.flatMap((s) => s.hostNames)];
      let dnsmasqConf: string;
      let nftablesConf: string;
      try {
        dnsmasqConf = renderDnsmasqConf({
          insideInterface: INSIDE_NIC,
          outsideInterface: OUTSIDE_NIC,
          insideAddress: inside,
          subnet: bcmnet.subnet,
          dhcpRange: bcmnet.dhcpRange,
          leaseTime: bcmnet.leaseTime,
          domain: bcmnet.domain,
          // External names: dnsmasq -> the relay (TCP or UDP) -> Tor's DNSPort (UDP).
          upstream: upstream ? DNS_RELAY : undefined,
          hostRecords: [...new Set(hostNames)].map((hostName) => ({ name: hostName, address: inside })),
          leaseFile: `${STATE_DIR}/dnsmasq.leases`,
          logging: args.logging,
          pingBeforeOffer: bcmnet.parentNic !== "",
        });
        nftablesConf = renderNftablesRuleset({
          outsideInterface: OUTSIDE_NIC,
          insideInterface: INSIDE_NIC,
          inside: bcmnet.subnet,
          insideAddress: inside,
          egressUsers: services.flatMap((s) => (s.egressUser ? [s.egressUser] : [])),
          forwardToOutside: args.forwardBcmnetToOutside,
          connectionsPerClient: args.insideConnectionsPerClient,
        });
      } catch (err) {
        throw new pulumi.ResourceError(`gateway configuration: ${(err as Error).message}`, this);
      }
      const relay = upstream
        ? {
            files: [
              {
                path: UNBOUND_CONF,
                content: renderUnboundConf({
                  listen: DNS_RELAY,
                  torDns: upstream,
                  logQueries: args.logging === "full",
                  gate: {
                    closedAddress: DNS_RELAY_CLOSED,
                    controlSocket: `/run/${RELAY_RUNTIME_DIRECTORY}/control.sock`,
                  },
                }),
                permissions: "0644",
              },
              {
                path: "/etc/systemd/system/bcm-dns-relay.service",
                content: renderUnboundUnit(UNBOUND_CONF, RELAY_RUNTIME_DIRECTORY),
                permissions: "0644",
              },
              {
                path: DNS_GATE_SCRIPT,
                content: renderDnsGateScript({
                  unboundConf: UNBOUND_CONF,
                  torDns: upstream,
                  closedAddress: DNS_RELAY_CLOSED,
                  torControl: {
                    address: "127.0.0.1",
                    port: upstream.controlPort,
                    cookieFile: TOR_CONTROL_COOKIE,
                  },
                  intervalSeconds: 1,
                }),
                permissions: "0755",
              },
              {
                path: "/etc/systemd/system/bcm-dns-gate.service",
                content: renderDnsGateUnit(DNS_GATE_SCRIPT, "bcm-dns-relay.service"),
                permissions: "0644",
              },
            ],
            prepare: [`unbound-checkconf ${UNBOUND_CONF}`, `bash -n ${DNS_GATE_SCRIPT}`],
            units: RELAY_UNITS,
          }
        : { files: [], prepare: [], units: [] };
      const files = [
        { path: "/etc/nftables.conf", content: nftablesConf, permissions: "0755" },
        {
          path: "/etc/systemd/system/nftables.service.d/bcm-fail-closed.conf",
          content: NFTABLES_STAYS,
          permissions: "0644",
        },
        {
          path: "/etc/systemd/system/networking.service.d/bcm-keep-lease.conf",
          content: KEEP_OUTSIDE_LEASE,
          permissions: "0644",
        },
        { path: "/etc/dnsmasq.conf", content: dnsmasqConf, permissions: "0644" },
        { path: ADDRESSES_SCRIPT, content: GATEWAY_ADDRESSES_SCRIPT, permissions: "0755" },
        {
          path: "/etc/dhcp/dhclient-exit-hooks.d/bcm-gateway-addresses",
          content: GATEWAY_ADDRESSES_HOOK,
          permissions: "0644",
        },
        ...relay.files,
        ...services.flatMap((s) => s.files),
      ];
      const userData = renderUserData({
        hostname: GATEWAY_NAME,
        packages: [
          "dnsmasq",
          "nftables",
          ...(upstream ? ["unbound"] : []),
          ...services.flatMap((s) => s.packages),
        ],
        files,
        directories: [
          { path: STATE_DIR, owner: "root:root", mode: "0755" },
          ...services.flatMap((s) => s.directories),
        ],
        prepare: [
          "nft -c -f /etc/nftables.conf",
          "dnsmasq --test -C /etc/dnsmasq.conf",
          ADDRESSES_SCRIPT,
          ...relay.prepare,
          ...services.flatMap((s) => s.prepare),
        ],
        // The firewall first, then the services, the relay and dnsmasq last (upstream is Tor).
        units: ["nftables.service", ...services.flatMap((s) => s.units), ...relay.units, "dnsmasq.service"],
        supervised: [...services.flatMap((s) => s.supervised), ...relay.units, "dnsmasq.service"],
        // The gateway itself resolves through its own dnsmasq, so through Tor as well.
        nameservers: [inside],
        searchDomain: bcmnet.domain,
        sysctls: {
          "net.ipv4.ip_forward": args.forwardBcmnetToOutside ? "1" : "0",
          // Services bind to the inside address even if they start before eth1 is configured.
          "net.ipv4.ip_nonlocal_bind": "1",
        },
      });
      return { userData, secretFiles: secretInstanceFiles(files) };
    });
    this.userData = rendered.userData;

    // Stable MACs: a config change replaces the gateway, and a new random MAC on bcmnet left every
    // client sending to the old one until its neighbour entry failed (about 5 s, measured), and
    // made the upstream router hand out a fresh lease.
    const mac = (nic: string) => stableMac(`${args.project}/${inside}/${nic}`);
    const outsideNic =
      args.outside.mode === "macvlan"
        ? { nictype: "macvlan", parent: args.outside.parentNic, name: OUTSIDE_NIC, hwaddr: mac(OUTSIDE_NIC) }
        : {
            nictype: "bridged",
            parent: args.outside.bridgeName,
            name: OUTSIDE_NIC,
            hwaddr: mac(OUTSIDE_NIC),
          };

    // Which volume is mounted where is not secret, even though the specs carry keys.
    const mounts = pulumi.unsecret(
      pulumi
        .all([state.name, pulumi.all(args.services)])
        .apply(([stateVolume, services]) => [
          { volumeName: stateVolume, deviceName: "gateway-state", path: STATE_DIR },
          ...services.flatMap((s) => s.volumes),
        ]),
    );
    const volumeDevices = pulumi.all([mounts, foundation.poolName]).apply(([volumes, pool]) =>
      volumes.map((mount) => ({
        name: mount.deviceName,
        type: "disk",
        properties: { pool, source: mount.volumeName as string, path: mount.path },
      })),
    );

    this.instance = new lxd.Instance(
      "gateway",
      {
        name: GATEWAY_NAME,
        project: foundation.projectName,
        image: foundation.image,
        type: "container",
        profiles: [foundation.unprivilegedProfile.name],
        config: {
          "cloud-init.user-data": this.userData,
          "cloud-init.network-config": renderNetworkConfig([
            { name: OUTSIDE_NIC, dhcp: true },
            { name: INSIDE_NIC, dhcp: false, addresses: [`${inside}/${bcmnet.subnet.prefixLength}`] },
          ]),
          "boot.autostart": "true",
          // terraform-lxd reports ipv4Address from this NIC (else from the first NIC by name with a
          // global address: eth1, the inside address, whenever eth0 has no lease yet). Its `interfaces` output lists only
          // NICs whose MAC LXD generated (volatile.*.hwaddr): ours have stable MACs, so it is empty.
          "user.access_interface": OUTSIDE_NIC,
        },
        // Keys and passwords: pushed root-only before the first start, never in the user-data.
        files: rendered.secretFiles,
        devices: volumeDevices.apply((volumes) => [
          { name: OUTSIDE_NIC, type: "nic", properties: outsideNic },
          {
            name: INSIDE_NIC,
            type: "nic",
            properties: {
              nictype: "bridged",
              parent: foundation.bcmnet.name,
              name: INSIDE_NIC,
              hwaddr: mac(INSIDE_NIC),
            },
          },
          ...volumes,
        ]),
        // The outside NIC's DHCP lease is what the provider waits for.
        waitForNetwork: true,
        ...(args.clusterMember === undefined ? {} : { target: args.clusterMember }),
      },
      {
        parent: this,
        dependsOn: [
          foundation.unprivilegedProfile,
          ...(foundation.outsideBridge ? [foundation.outsideBridge] : []),
        ],
        // Rendered configuration is cloud-init: a change means a new container from the image,
        // configured from scratch; data volumes survive. Same name, so delete the old one first.
        replaceOnChanges: ["config", "files"],
        deleteBeforeReplace: true,
      },
    );

    this.services = pulumi.unsecret(
      pulumi.all([state.name, pulumi.all(args.services)]).apply(([stateVolume, services]) => [
        ...services.map((s) => ({
          name: s.name,
          units: s.supervised,
          listeners: s.listeners,
          volumes: s.volumes.map((v) => ({
            volume: v.volumeName as string,
            path: v.path,
            backup: v.backup === true,
          })),
        })),
        {
          // The gateway's own: DHCP (leases on its state volume) and the DNS relay.
          name: "gateway",
          units: [...(upstream ? RELAY_UNITS : []), "dnsmasq.service"],
          listeners: [],
          volumes: [{ volume: stateVolume, path: STATE_DIR, backup: false }],
        },
      ]),
    );

    this.listeners = pulumi.unsecret(
      pulumi
        .all(args.services)
        .apply((services) =>
          Object.fromEntries(
            services
              .flatMap((s) => s.listeners)
              .map((l) => [l.service, `${l.protocol} ${l.address}:${l.port}`]),
          ),
        ),
    );

    // The outside DHCP lease, as the provider read it when it created (or last refreshed) the
    // instance: wait_for_network returns at the first IPv4 on any NIC, and ifupdown brings eth1's
    // static address up only after eth0's dhclient has its lease. After a lease change upstream
    // (rare: the NIC's MAC is stable) `pulumi refresh` brings the output up to date.
    this.outsideAddress = this.instance.ipv4Address.apply((address) => address ?? "");
    this.registerOutputs({ insideAddress: this.insideAddress, outsideAddress: this.outsideAddress });
  }
}

/**
 * Debian's nftables.service flushes the ruleset when it stops, e.g. while the container shuts
 * down with processes still running: the egress policy stays until the container is gone.
 */
const NFTABLES_STAYS = `# Managed by bcm-pulumi: stopping nftables.service must not open the gateway's egress.
[Service]
ExecStop=
`;

/**
 * On stop, ifdown releases the outside DHCP lease; the next boot then starts from DHCPDISCOVER,
 * and the upstream router's check of a fresh address costs about 3 s (measured: the restart
 * target is 15 s). Kept, the lease is simply re-requested (INIT-REBOOT) and acknowledged at once.
 */
const KEEP_OUTSIDE_LEASE = `# Managed by bcm-pulumi: keep the outside lease across restarts (no DHCPRELEASE on stop).
[Service]
ExecStop=
`;

/** Writes every current address of the gateway to GATEWAY_ADDRESSES_FILE; Squid re-reads it. */
const GATEWAY_ADDRESSES_SCRIPT = `#!/bin/sh
# Managed by bcm-pulumi: every address this gateway has now, one a line, for the services that
# must never connect to the gateway itself (Squid's to_gateway ACL). Run at setup and by dhclient.
set -eu
file=${GATEWAY_ADDRESSES_FILE}
mkdir -p "$(dirname "$file")"
tmp=$(mktemp "$file.XXXXXX")
ip -o addr show | awk '{ split($4, a, "/"); print a[1] }' | sort -u >"$tmp"
chmod 0644 "$tmp"
if cmp -s "$tmp" "$file" 2>/dev/null; then rm -f "$tmp"; exit 0; fi
mv "$tmp" "$file"
if command -v systemctl >/dev/null && systemctl is-active --quiet squid.service; then
  squid -k reconfigure -f /etc/squid/squid.conf || true
fi
`;

const GATEWAY_ADDRESSES_HOOK = `# Managed by bcm-pulumi: the outside address changed, keep ${GATEWAY_ADDRESSES_FILE} current.
case "$reason" in
  BOUND | RENEW | REBIND | REBOOT) ${ADDRESSES_SCRIPT} || true ;;
esac
`;

/** A MAC in LXD's own prefix (00:16:3e), the same for the same seed: kept across replacements. */
export function stableMac(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return ["00", "16", "3e", hex.slice(0, 2), hex.slice(2, 4), hex.slice(4, 6)].join(":");
}

/** Services in an order that starts each after the ones it names in startAfter (stable). */
export function inStartOrder<T extends { name: string; startAfter: string[] }>(services: T[]): T[] {
  const byName = new Map(services.map((s) => [s.name, s]));
  const ordered: T[] = [];
  const visiting = new Set<string>();
  const visit = (service: T): void => {
    if (ordered.includes(service)) return;
    if (visiting.has(service.name)) throw new Error(`start order has a cycle through ${service.name}`);
    visiting.add(service.name);
    for (const name of service.startAfter) {
      const dependency = byName.get(name);
      if (!dependency)
        throw new Error(`${service.name} starts after ${name}, which is not placed on the gateway`);
      visit(dependency);
    }
    ordered.push(service);
  };
  services.forEach(visit);
  return ordered;
}
