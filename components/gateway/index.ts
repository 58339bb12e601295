import * as lxd from "@pulumi/lxd";
import * as pulumi from "@pulumi/pulumi";
import { BcmConfig, serviceHostNames } from "../config";
import { Foundation } from "../foundation";
import { TOR_DNS_ADDRESS } from "../tor";
import { renderNetworkConfig, renderUserData } from "./cloud-init";
import { renderDnsmasqConf } from "./dnsmasq";
import { renderNftablesRuleset } from "./nftables";
import { GatewayServiceSpec } from "./service";

export const GATEWAY_NAME = "gateway";
export const OUTSIDE_NIC = "eth0";
export const INSIDE_NIC = "eth1";
const STATE_DIR = "/var/lib/bcm/state";

export interface GatewayArgs {
  config: BcmConfig;
  foundation: Foundation;
  /** Services placed on the gateway (Tor, privoxy, Squid, registries), in start order. */
  services: pulumi.Input<GatewayServiceSpec>[];
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

  constructor(name: string, args: GatewayArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:gateway:Gateway", name, {}, opts);
    const { config, foundation } = args;
    const inside = config.bcmnet.gatewayAddress;
    this.insideAddress = inside;
    const names = serviceHostNames(config.bcmnet.domain);

    const state = foundation.dataVolume("gateway-state", this);

    this.userData = pulumi.all(args.services).apply((services) => {
      const hostNames = [config.bcmnet.domain, names.gateway, ...services.flatMap((s) => s.hostNames)];
      let dnsmasqConf: string;
      let nftablesConf: string;
      try {
        dnsmasqConf = renderDnsmasqConf({
          insideInterface: INSIDE_NIC,
          outsideInterface: OUTSIDE_NIC,
          insideAddress: inside,
          prefixLength: config.bcmnet.subnet.prefixLength,
          dhcpRange: config.bcmnet.dhcpRange,
          leaseTime: config.bcmnet.leaseTime,
          domain: config.bcmnet.domain,
          upstream: config.services.tor ? { address: TOR_DNS_ADDRESS, port: config.ports.torDns } : undefined,
          hostRecords: [...new Set(hostNames)].map((hostName) => ({ name: hostName, address: inside })),
          leaseFile: `${STATE_DIR}/dnsmasq.leases`,
        });
        nftablesConf = renderNftablesRuleset({
          outsideInterface: OUTSIDE_NIC,
          insideInterface: INSIDE_NIC,
          insideCidr: config.bcmnet.subnet.cidr,
          forwardToOutside: config.forwardBcmnetToOutside,
        });
      } catch (err) {
        throw new pulumi.ResourceError(`gateway configuration: ${(err as Error).message}`, this);
      }
      return renderUserData({
        hostname: GATEWAY_NAME,
        packages: ["dnsmasq", "nftables", ...services.flatMap((s) => s.packages)],
        files: [
          { path: "/etc/nftables.conf", content: nftablesConf, permissions: "0755" },
          { path: "/etc/dnsmasq.conf", content: dnsmasqConf, permissions: "0644" },
          ...services.flatMap((s) => s.files),
        ],
        directories: [
          { path: STATE_DIR, owner: "root:root", mode: "0755" },
          ...services.flatMap((s) => s.directories),
        ],
        prepare: [
          "nft -c -f /etc/nftables.conf",
          "dnsmasq --test -C /etc/dnsmasq.conf",
          ...services.flatMap((s) => s.prepare),
        ],
        // The firewall first, then the services, dnsmasq last (its upstream is Tor).
        units: ["nftables.service", ...services.flatMap((s) => s.units), "dnsmasq.service"],
        // The gateway itself resolves through its own dnsmasq, so through Tor as well.
        nameservers: [inside],
        searchDomain: config.bcmnet.domain,
        sysctls: {
          "net.ipv4.ip_forward": config.forwardBcmnetToOutside ? "1" : "0",
          // Services bind to the inside address even if they start before eth1 is configured.
          "net.ipv4.ip_nonlocal_bind": "1",
        },
      });
    });

    const outsideNic =
      config.outside.mode === "macvlan"
        ? { nictype: "macvlan", parent: config.outside.parentNic, name: OUTSIDE_NIC }
        : { nictype: "bridged", parent: config.outside.bridgeName, name: OUTSIDE_NIC };

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
            { name: INSIDE_NIC, dhcp: false, addresses: [`${inside}/${config.bcmnet.subnet.prefixLength}`] },
          ]),
          "boot.autostart": "true",
        },
        devices: volumeDevices.apply((volumes) => [
          { name: OUTSIDE_NIC, type: "nic", properties: outsideNic },
          {
            name: INSIDE_NIC,
            type: "nic",
            properties: {
              nictype: "bridged",
              parent: foundation.bcmnet.name,
              name: INSIDE_NIC,
            },
          },
          ...volumes,
        ]),
        // The outside NIC's DHCP lease is what the provider waits for.
        waitForNetwork: true,
      },
      {
        parent: this,
        dependsOn: [
          foundation.unprivilegedProfile,
          ...(foundation.outsideBridge ? [foundation.outsideBridge] : []),
        ],
        // Rendered configuration is cloud-init: a change means a new container from the image,
        // configured from scratch; data volumes survive. Same name, so delete the old one first.
        replaceOnChanges: ["config"],
        deleteBeforeReplace: true,
      },
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

    // ipv4Address is whichever NIC the provider picks; the outside lease is eth0's.
    this.outsideAddress = this.instance.interfaces.apply(
      (interfaces) =>
        interfaces?.[OUTSIDE_NIC]?.ips.find((ip) => ip.family === "inet" && ip.scope === "global")?.address ??
        "",
    );
    this.registerOutputs({ insideAddress: this.insideAddress, outsideAddress: this.outsideAddress });
  }
}
