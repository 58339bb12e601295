import * as pulumi from "@pulumi/pulumi";
import { Ipv4Subnet } from "../net";
import { GatewayServiceSpec } from "../gateway/service";
import { renderPrivoxyConfig } from "./config";

export interface HttpProxyServiceArgs {
  insideAddress: string;
  /** Who may use the proxy. */
  bcmnet: Ipv4Subnet;
  port: number;
  /** Tor's SOCKS port, where every request goes. */
  torSocks: { address: string; port: number };
  /** Its name on bcmnet, e.g. proxy.bcmnet. */
  hostName: string;
}

/** privoxy on the inside address; every request leaves through Tor's SOCKS port (socks5t). */
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
    });
    this.spec = pulumi.output<GatewayServiceSpec>({
      name: "privoxy",
      // Its only way out is Tor's SOCKS port.
      startAfter: ["tor"],
      packages: ["privoxy"],
      files: [{ path: "/etc/privoxy/config", content, permissions: "0644" }],
      directories: [],
      volumes: [],
      // No --config-test here: run as root it creates the log file root-owned and privoxy (running
      // as user privoxy) then fails to start; the config is checked by tests/realconfig instead.
      prepare: [],
      // Start after Tor so the first request already has a SOCKS port to go to.
      units: ["privoxy.service"],
      supervised: ["privoxy.service"],
      hostNames: [args.hostName],
      listeners: [{ service: "http-proxy", protocol: "tcp", address: inside, port: args.port }],
    });
    this.registerOutputs({});
  }
}
