import * as pulumi from "@pulumi/pulumi";
import { Ipv4Subnet, subnetOf } from "../net";
import { GatewayServiceSpec } from "../gateway/service";
import { renderServiceUnit } from "../host/systemd-unit";
import { renderPrivoxyConfig } from "./config";

/** A privoxy instance on loopback for one of the gateway's own services, with its own Tor port. */
export interface EgressProxy {
  /** e.g. "squid": names its config, log and unit (bcm-privoxy-squid.service). */
  name: string;
  /** Loopback port the service uses as its HTTP proxy. */
  port: number;
  /** Tor's loopback SocksPort reserved for it (components/tor/consumers.ts). */
  torSocksPort: number;
}

export interface HttpProxyServiceArgs {
  insideAddress: string;
  /** Who may use the proxy. */
  bcmnet: Ipv4Subnet;
  port: number;
  /** Tor's SOCKS port for bcmnet's HTTP-proxy clients, where every request goes. */
  torSocks: { address: string; port: number };
  /** Its name on bcmnet, e.g. proxy.bcmnet. */
  hostName: string;
  /** privoxy's own limit of simultaneous client connections (bcmnet's instance). */
  maxClientConnections: number;
  /** Instances for the gateway's own services that go out over Tor (Squid, the mirror). */
  egressProxies: EgressProxy[];
}

const LOOPBACK_HOST = subnetOf("127.0.0.1", 32);

/**
 * privoxy on the inside address; every request leaves through Tor's SOCKS port (socks5t). Plus
 * one instance per gateway service that goes out over Tor, each with its own Tor port, so Squid's
 * and the mirror's streams never share a circuit with bcmnet's or each other's.
 */
export class HttpProxyService extends pulumi.ComponentResource {
  public readonly spec: pulumi.Output<GatewayServiceSpec>;

  constructor(name: string, args: HttpProxyServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:privoxy:HttpProxyService", name, {}, opts);
    const inside = args.insideAddress;
    const content = renderPrivoxyConfig({
      insideAddress: inside,
      port: args.port,
      permit: [args.bcmnet],
      torSocks: args.torSocks,
      maxClientConnections: args.maxClientConnections,
    });
    const instances = args.egressProxies.map((proxy) => ({
      proxy,
      unit: `bcm-privoxy-${proxy.name}.service`,
      configPath: `/etc/privoxy/bcm-${proxy.name}.config`,
      config: renderPrivoxyConfig({
        insideAddress: "127.0.0.1",
        port: proxy.port,
        permit: [LOOPBACK_HOST],
        torSocks: { address: "127.0.0.1", port: proxy.torSocksPort },
        logfile: `bcm-${proxy.name}.log`,
      }),
    }));
    this.spec = pulumi.output<GatewayServiceSpec>({
      name: "privoxy",
      // Its only way out is Tor's SOCKS port.
      startAfter: ["tor"],
      packages: ["privoxy"],
      files: [
        { path: "/etc/privoxy/config", content, permissions: "0644" },
        {
          path: "/etc/systemd/system/privoxy.service.d/bcm-limits.conf",
          content: renderPrivoxyLimits(args.maxClientConnections),
          permissions: "0644",
        },
        ...instances.flatMap((i) => [
          { path: i.configPath, content: i.config, permissions: "0644" },
          {
            path: `/etc/systemd/system/${i.unit}`,
            content: renderEgressProxyUnit(i.proxy.name, i.configPath),
            permissions: "0644",
          },
        ]),
      ],
      directories: [],
      volumes: [],
      // No --config-test here: run as root it creates the log file root-owned and privoxy (running
      // as user privoxy) then fails to start; the config is checked by tests/realconfig instead.
      prepare: [],
      // Start after Tor so the first request already has a SOCKS port to go to.
      units: ["privoxy.service", ...instances.map((i) => i.unit)],
      supervised: ["privoxy.service", ...instances.map((i) => i.unit)],
      hostNames: [args.hostName],
      listeners: [
        { service: "http-proxy", protocol: "tcp", address: inside, port: args.port },
        ...instances.map((i) => ({
          service: `http-proxy-${i.proxy.name}`,
          protocol: "tcp" as const,
          address: "127.0.0.1",
          port: i.proxy.port,
        })),
      ],
    });
    this.registerOutputs({});
  }
}

/** Each client connection holds two descriptors (client and Tor): room for all of them. */
export function renderPrivoxyLimits(maxClientConnections: number): string {
  return ["[Service]", `LimitNOFILE=${2 * maxClientConnections + 256}`, ""].join("\n");
}

/** A foreground privoxy (no PID file, no fork), supervised like every gateway service. */
export function renderEgressProxyUnit(name: string, configPath: string): string {
  return renderServiceUnit({
    description: `BCM privoxy for ${name} (its own circuits through Tor)`,
    after: ["network.target", "tor@default.service"],
    service: [`ExecStart=/usr/sbin/privoxy --no-daemon --user privoxy ${configPath}`],
  });
}
