import * as pulumi from "@pulumi/pulumi";
import { BcmConfig, serviceHostNames } from "../config";
import { GatewayServiceSpec } from "../gateway/service";
import { renderPrivoxyConfig } from "./config";

export interface HttpProxyServiceArgs {
  config: BcmConfig;
}

/** privoxy on the inside address; every request leaves through Tor's SOCKS port (socks5t). */
export class HttpProxyService extends pulumi.ComponentResource {
  public readonly spec: pulumi.Output<GatewayServiceSpec>;
  public readonly endpoint: string;

  constructor(name: string, args: HttpProxyServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:privoxy:HttpProxyService", name, {}, opts);
    const { config } = args;
    const inside = config.bcmnet.gatewayAddress;
    const content = renderPrivoxyConfig({
      insideAddress: inside,
      port: config.ports.httpProxy,
      permitCidrs: [config.bcmnet.subnet.cidr],
      torSocks: { address: inside, port: config.ports.torSocks },
    });
    this.endpoint = `${inside}:${config.ports.httpProxy}`;
    this.spec = pulumi.output<GatewayServiceSpec>({
      name: "privoxy",
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
      hostNames: [serviceHostNames(config.bcmnet.domain).httpProxy],
      listeners: [{ service: "http-proxy", protocol: "tcp", address: inside, port: config.ports.httpProxy }],
    });
    this.registerOutputs({ endpoint: this.endpoint });
  }
}
