import * as pulumi from "@pulumi/pulumi";
import { BcmConfig } from "../config";
import { DataVolumeFactory } from "../foundation";
import { Ipv4Subnet } from "../net";
import { GATEWAY_ADDRESSES_FILE, GatewayServiceSpec } from "../gateway/service";
import { renderSquidConf } from "./config";

export interface SquidServiceArgs {
  insideAddress: string;
  /** Who may use the proxy. */
  bcmnet: Ipv4Subnet;
  port: number;
  cache: BcmConfig["squid"];
  /** Misses go out through this proxy (privoxy, Tor) only; undefined: direct (operator's choice). */
  parentProxy?: { address: string; port: number };
  logging: BcmConfig["gatewayLogging"];
  /** Its name on bcmnet, e.g. squid.bcmnet (error pages). */
  hostName: string;
  dataVolume: DataVolumeFactory;
}

const CACHE_DIR = "/var/spool/squid";

/** Squid forward proxy for bcmnet with its disk cache on a persistent volume. */
export class SquidService extends pulumi.ComponentResource {
  public readonly spec: pulumi.Output<GatewayServiceSpec>;

  constructor(name: string, args: SquidServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:squid:SquidService", name, {}, opts);
    const { cache: sizes } = args;
    const inside = args.insideAddress;
    // The cache plus room for Squid's swap state and the half-written object of a full cache.
    const cache = args.dataVolume(
      "squid-cache",
      this,
      Math.ceil((sizes.cacheSizeMb * 1.25 + sizes.maxObjectSizeMb) / 1024),
    );
    const content = renderSquidConf({
      insideAddress: inside,
      port: args.port,
      clients: [args.bcmnet],
      cacheDir: CACHE_DIR,
      cacheSizeMb: sizes.cacheSizeMb,
      maximumObjectSizeMb: sizes.maxObjectSizeMb,
      cacheMemMb: sizes.memoryCacheMb,
      accessLog: "/var/log/squid/access.log",
      cacheLog: "/var/log/squid/cache.log",
      pidFile: "/run/squid.pid",
      visibleHostname: args.hostName,
      gatewayAddressesFile: GATEWAY_ADDRESSES_FILE,
      parentProxy: args.parentProxy,
      logging: args.logging,
    });
    this.spec = pulumi.output(cache.name).apply((volumeName): GatewayServiceSpec => ({
      name: "squid",
      startAfter: args.parentProxy ? ["privoxy"] : [],
      // Direct egress (an operator's choice) means Squid's own connections leave the gateway.
      egressUser: args.parentProxy ? undefined : "proxy",
      packages: ["squid"],
      files: [{ path: "/etc/squid/squid.conf", content, permissions: "0644" }],
      directories: [{ path: CACHE_DIR, owner: "proxy:proxy", mode: "0750" }],
      volumes: [{ volumeName, deviceName: "squid-cache", path: CACHE_DIR }],
      // Creates the cache directories on a fresh volume (no-op on an existing one).
      prepare: ["squid -k parse -f /etc/squid/squid.conf", "squid --foreground -z -f /etc/squid/squid.conf"],
      units: ["squid.service"],
      supervised: ["squid.service"],
      hostNames: [args.hostName],
      listeners: [{ service: "squid", protocol: "tcp", address: inside, port: args.port }],
    }));
    this.registerOutputs({});
  }
}
