import * as pulumi from "@pulumi/pulumi";
import { BcmConfig, serviceHostNames } from "../config";
import { Foundation } from "../foundation";
import { GATEWAY_ADDRESSES_FILE, GatewayServiceSpec } from "../gateway/service";
import { renderSquidConf } from "./config";

export interface SquidServiceArgs {
  config: BcmConfig;
  foundation: Foundation;
}

const CACHE_DIR = "/var/spool/squid";

/** Squid forward proxy for bcmnet with its disk cache on a persistent volume. */
export class SquidService extends pulumi.ComponentResource {
  public readonly spec: pulumi.Output<GatewayServiceSpec>;
  public readonly endpoint: string;

  constructor(name: string, args: SquidServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:squid:SquidService", name, {}, opts);
    const { config, foundation } = args;
    const inside = config.bcmnet.gatewayAddress;
    const hostNames = serviceHostNames(config.bcmnet.domain);
    // The cache plus room for Squid's swap state and the half-written object of a full cache.
    const cache = foundation.dataVolume(
      "squid-cache",
      this,
      Math.ceil((config.squid.cacheSizeMb * 1.25 + config.squid.maxObjectSizeMb) / 1024),
    );
    const content = renderSquidConf({
      insideAddress: inside,
      port: config.ports.squid,
      clientCidrs: [config.bcmnet.subnet.cidr],
      cacheDir: CACHE_DIR,
      cacheSizeMb: config.squid.cacheSizeMb,
      maximumObjectSizeMb: config.squid.maxObjectSizeMb,
      cacheMemMb: config.squid.memoryCacheMb,
      accessLog: "/var/log/squid/access.log",
      cacheLog: "/var/log/squid/cache.log",
      pidFile: "/run/squid.pid",
      visibleHostname: hostNames.squid,
      gatewayAddressesFile: GATEWAY_ADDRESSES_FILE,
      logging: config.gatewayLogging,
    });
    this.endpoint = `${inside}:${config.ports.squid}`;
    this.spec = pulumi.output(cache.name).apply((volumeName): GatewayServiceSpec => ({
      name: "squid",
      packages: ["squid"],
      files: [{ path: "/etc/squid/squid.conf", content, permissions: "0644" }],
      directories: [{ path: CACHE_DIR, owner: "proxy:proxy", mode: "0750" }],
      volumes: [{ volumeName, deviceName: "squid-cache", path: CACHE_DIR }],
      // Creates the cache directories on a fresh volume (no-op on an existing one).
      prepare: ["squid -k parse -f /etc/squid/squid.conf", "squid --foreground -z -f /etc/squid/squid.conf"],
      units: ["squid.service"],
      supervised: ["squid.service"],
      hostNames: [hostNames.squid],
      listeners: [{ service: "squid", protocol: "tcp", address: inside, port: config.ports.squid }],
    }));
    this.registerOutputs({ endpoint: this.endpoint });
  }
}
