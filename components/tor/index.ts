import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { Ipv4Subnet, subnetOf } from "../net";

const LOOPBACK = subnetOf("127.0.0.0", 8);
import { GatewayDirectory, GatewayFile, GatewayServiceSpec } from "../gateway/service";
import { hashTorControlPassword, renderTorrc } from "./torrc";

export interface TorServiceArgs {
  /** The gateway's address on bcmnet: the SOCKS port listens there. */
  insideAddress: string;
  /** Who may use the SOCKS port. */
  bcmnet: Ipv4Subnet;
  ports: { socks: number; dns: number; control: number };
  /** Loopback SocksPorts of the gateway's own consumers (consumers.ts), each isolated. */
  isolated: { name: string; port: number; consumer: string }[];
  /** Its name on bcmnet, e.g. tor.bcmnet. */
  hostName: string;
  /** Authenticated onion services this Tor publishes (components/onion). */
  onion?: {
    torrc: pulumi.Output<string>;
    files: pulumi.Output<GatewayFile[]>;
    directories: GatewayDirectory[];
  };
}

/** Loopback address of Tor's DNSPort: dnsmasq's one and only upstream. */
export const TOR_DNS_ADDRESS = "127.0.0.1";

/**
 * Tor on the gateway: SOCKS5 for bcmnet on the inside address, the DNSPort behind dnsmasq, and a
 * password-protected ControlPort on loopback.
 */
export class TorService extends pulumi.ComponentResource {
  public readonly spec: pulumi.Output<GatewayServiceSpec>;

  constructor(name: string, args: TorServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:tor:TorService", name, {}, opts);
    const { ports } = args;
    const inside = args.insideAddress;

    const password = new random.RandomPassword(
      `${name}-control-password`,
      { length: 32, special: false },
      { parent: this },
    );
    // The salt is a resource too, so the hashed password (and the gateway) only changes when
    // the password does: `pulumi up` stays idempotent.
    const salt = new random.RandomId(`${name}-control-salt`, { byteLength: 8 }, { parent: this });

    const onionTorrc = args.onion?.torrc ?? pulumi.output("");
    const torrc = pulumi.all([password.result, salt.hex, onionTorrc]).apply(
      ([pw, saltHex, onionLines]) =>
        renderTorrc({
          socks: {
            address: inside,
            port: ports.socks,
            // Loopback too: SocksPolicy also governs the DNSPort, and its client is the gateway's
            // own DNS relay on 127.0.0.1 (and privoxy's SOCKS connections come from loopback).
            policyAccept: [args.bcmnet, LOOPBACK],
          },
          dns: { address: TOR_DNS_ADDRESS, port: ports.dns },
          isolated: args.isolated.map(({ port, consumer }) => ({ port, consumer })),
          control: { port: ports.control, hashedPassword: hashTorControlPassword(pw, saltHex) },
          dataDirectory: "/var/lib/tor",
        }) + onionLines,
    );

    const onionFiles = args.onion?.files ?? pulumi.output([] as GatewayFile[]);
    this.spec = pulumi.all([torrc, onionFiles]).apply(([content, keyFiles]): GatewayServiceSpec => ({
      name: "tor",
      startAfter: [],
      // Tor's own connections are the only traffic that leaves the gateway by default.
      egressUser: "debian-tor",
      packages: ["tor"],
      // HashedControlPassword: readable by Tor only.
      files: [
        { path: "/etc/tor/torrc", content, permissions: "0640", owner: "root:debian-tor", secret: true },
        ...keyFiles,
      ],
      directories: args.onion?.directories ?? [],
      volumes: [],
      prepare: [
        "tor --defaults-torrc /usr/share/tor/tor-service-defaults-torrc -f /etc/tor/torrc --verify-config",
      ],
      units: ["tor.service", "tor@default.service"],
      supervised: ["tor@default.service"],
      hostNames: [args.hostName],
      listeners: [
        { service: "tor-socks", protocol: "tcp", address: inside, port: ports.socks },
        { service: "tor-dns", protocol: "udp", address: TOR_DNS_ADDRESS, port: ports.dns },
        { service: "tor-control", protocol: "tcp", address: "127.0.0.1", port: ports.control },
        ...args.isolated.map((l) => ({
          service: `tor-socks-${l.name}`,
          protocol: "tcp" as const,
          address: "127.0.0.1",
          port: l.port,
        })),
      ],
    }));
    this.registerOutputs({});
  }
}
