import * as lxd from "@pulumi/lxd";
import * as pulumi from "@pulumi/pulumi";
import { ImageBuilds } from "./builders";
import { LxdConnection } from "./builders/lxd-client";
import { BcmConfig, serviceHostNames } from "./config";
import { DockerHost } from "./dockerhost";
import {
  LxdClientIdentity,
  RemoteSettings,
  checkServer,
  endpointUrl,
  prepareEndpoint,
  reported,
} from "./endpoint";
import { DockerClientSettings, dockerStorageDriverFor, renderDaemonJson } from "./dockerhost/daemon";
import { DataVolumeFactory, Foundation } from "./foundation";
import { Gateway, TOR_CONTROL_COOKIE } from "./gateway";
import { GatewayServiceSpec, SiteService } from "./gateway/service";
import { Pki } from "./pki";
import { HttpProxyService } from "./privoxy";
import { RegistryService } from "./registry";
import { SquidService } from "./squid";
import { Swarm } from "./swarm";
import { OnionServices } from "./onion";
import { TOR_DNS_ADDRESS, TorService } from "./tor";
import { TOR_CONSUMERS } from "./tor/consumers";

/**
 * The LXD endpoint of this stack: the local daemon's unix socket, or a remote over HTTPS with the
 * stack's own client identity (components/endpoint): the preflight checks the endpoint, makes the
 * trust request when needed, and writes the configuration directory the provider reads.
 */
/**
 * The LXD provider every LXD resource uses, and the same endpoint for the image builders'
 * dynamic provider (components/builders): the local socket, or HTTPS as the stack's identity to
 * the server certificate the preflight pinned, once the identity is trusted.
 */
export function lxdProvider(config: BcmConfig): {
  provider: lxd.Provider;
  connection: pulumi.Output<LxdConnection>;
} {
  const remote = config.lxd.remote;
  if (remote === undefined) return { provider: new lxd.Provider("lxd", {}), connection: pulumi.output({}) };
  const settings = (token: string | undefined, password: string | undefined): RemoteSettings => ({
    name: remote.name,
    endpoint: { host: remote.address, port: remote.port },
    token,
    password,
    acceptRemoteCertificate: remote.acceptRemoteCertificate,
  });
  // Stage 1 needs no client identity: it runs in every preview, the first one too.
  const server = pulumi
    .all([remote.trustToken, remote.trustPassword])
    .apply(([token, password]) => reported(() => checkServer(settings(token, password))));
  const identity = new LxdClientIdentity("lxd-client", {
    commonName: `bcm-pulumi ${pulumi.getProject()}.${pulumi.getStack()}`,
  });
  // Stage 2 once the identity exists (unknown in the first preview: the provider's configDir is too).
  const configDir = pulumi
    .all([server, identity.certPem, identity.privateKeyPem, remote.trustToken, remote.trustPassword])
    .apply(async ([checked, certPem, keyPem, token, password]) => {
      const prepared = await reported(() =>
        prepareEndpoint({
          settings: settings(token, password),
          server: checked,
          identity: { certPem, keyPem },
          stack: pulumi.getStack(),
          dryRun: pulumi.runtime.isDryRun(),
        }),
      );
      return prepared.configDir;
    });
  const connection = pulumi
    .all([configDir, server, identity.certPem, identity.privateKeyPem])
    .apply(([, checked, certPem, keyPem]) => ({
      remote: {
        host: remote.address,
        port: remote.port,
        clientCertPem: certPem,
        clientKeyPem: keyPem,
        serverCertPem: checked.certPem,
      },
    }));
  const provider = new lxd.Provider("lxd", {
    configDir: pulumi.unsecret(configDir),
    generateClientCertificates: false,
    // The server certificate is already pinned in configDir/servercerts (verified or accepted).
    acceptRemoteCertificate: false,
    remotes: [
      {
        name: remote.name,
        // terraform-lxd 2.x wants the whole URL in address (it refuses port and scheme).
        address: endpointUrl({ host: remote.address, port: remote.port }),
        default: true,
      },
    ],
  });
  return { provider, connection: pulumi.secret(connection) };
}

/** The stack output `site`: read by scripts/backup.sh, restore.sh and doctor.sh, never secret. */
export interface SiteDescription {
  /** The LXD project holding everything. */
  project: string;
  /** The storage pool of its volumes. */
  pool: string;
  /** The gateway's instance name. */
  gateway: string;
  /** Tor's ControlPort on the gateway's loopback (cookie authentication, root only), if Tor runs. */
  torControl?: { port: number; cookieFile: string };
  dockerHosts: string[];
  services: SiteService[];
  /** host:port of each TLS service (the registries), as bcmnet clients reach them. */
  tlsEndpoints: string[];
  /** A certificate this close to expiry (hours) is re-issued by the next pulumi up. */
  certEarlyRenewalHours: number;
}

/** Everything one stack deploys to its LXD endpoint. */
export class DataCenter extends pulumi.ComponentResource {
  public readonly pki: Pki;
  public readonly gateway: Gateway;
  public readonly dockerHosts: DockerHost[];
  public readonly dockerClient: DockerClientSettings;
  public readonly operatorClient: { certPem: pulumi.Output<string>; privateKeyPem: pulumi.Output<string> };
  public readonly endpoints: Record<string, string>;
  public readonly onion?: OnionServices;

  public readonly swarm?: Swarm;
  /** What an operator's tools (backup, restore, doctor) need to find their way: the output `site`. */
  public readonly site: pulumi.Output<SiteDescription>;
  /** The custom images (bcm:images): name -> registry/name@sha256:digest. */
  public readonly images: pulumi.Output<Record<string, string>>;

  constructor(
    name: string,
    config: BcmConfig,
    connection: pulumi.Input<LxdConnection>,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("bcm:index:DataCenter", name, {}, opts);
    const names = serviceHostNames(config.bcmnet.domain);

    const foundation = new Foundation(
      "foundation",
      {
        project: config.lxd.project,
        storage: config.storage,
        image: config.image,
        bcmnet: config.bcmnet,
        outside: config.outside,
        dockerKernelModules: config.dockerKernelModules,
        retainDataVolumes: config.retainDataVolumes,
        clusterMembers: config.cluster?.members ?? [],
      },
      { parent: this },
    );
    // Every data volume belongs to a gateway service: in a cluster it lives on the gateway's member.
    const dataVolume: DataVolumeFactory = (volume, parent, sizeGb) =>
      foundation.dataVolume(volume, parent, sizeGb, config.cluster?.gateway);
    this.pki = new Pki(
      "pki",
      {
        organization: config.bcmnet.domain,
        caValidityHours: config.certificates.caValidityHours,
        certValidityHours: config.certificates.validityHours,
        earlyRenewalHours: config.certificates.earlyRenewalHours,
      },
      { parent: this },
    );

    this.onion =
      config.onionServices.length > 0
        ? new OnionServices("onion", { services: config.onionServices }, { parent: this })
        : undefined;
    const services: pulumi.Output<GatewayServiceSpec>[] = [];
    const endpoints: Record<string, string> = {};
    // Who goes out over Tor through privoxy, each through its own privoxy and Tor port.
    const squidOverTor = config.services.squid && config.squid.egress === "tor";
    const mirrorOverTor = config.services.registryMirror && config.registryMirror.egress === "tor";
    const egressProxies = [
      ...(squidOverTor ? [{ name: "squid", consumer: "Squid", ...TOR_CONSUMERS.squid }] : []),
      ...(mirrorOverTor
        ? [{ name: "mirror", consumer: "the registry mirror", ...TOR_CONSUMERS.registryMirror }]
        : []),
    ];
    if (config.services.tor) {
      const tor = new TorService(
        "tor",
        {
          insideAddress: config.bcmnet.gatewayAddress,
          bcmnet: config.bcmnet.subnet,
          ports: { socks: config.ports.torSocks, dns: config.ports.torDns, control: config.ports.torControl },
          isolated: [
            ...(config.services.httpProxy
              ? [
                  {
                    name: "http-proxy",
                    port: TOR_CONSUMERS.httpProxy.torSocksPort,
                    consumer: "bcmnet HTTP-proxy clients",
                  },
                ]
              : []),
            ...egressProxies.map((p) => ({ name: p.name, port: p.torSocksPort, consumer: p.consumer })),
          ],
          hostName: names.tor,
          onion: this.onion,
        },
        { parent: this },
      );
      services.push(tor.spec);
      endpoints.torSocks = `${names.tor}:${config.ports.torSocks}`;
    }
    if (config.services.httpProxy) {
      const privoxy = new HttpProxyService(
        "privoxy",
        {
          insideAddress: config.bcmnet.gatewayAddress,
          bcmnet: config.bcmnet.subnet,
          port: config.ports.httpProxy,
          torSocks: { address: "127.0.0.1", port: TOR_CONSUMERS.httpProxy.torSocksPort },
          hostName: names.httpProxy,
          // Well above what one client may hold (the gateway's nftables limit per address), so
          // one client never fills privoxy for the others.
          maxClientConnections: 4 * config.insideConnectionsPerClient,
          egressProxies: egressProxies.map((p) => ({
            name: p.name,
            port: p.proxyPort,
            torSocksPort: p.torSocksPort,
          })),
        },
        { parent: this },
      );
      services.push(privoxy.spec);
      endpoints.httpProxy = `${names.httpProxy}:${config.ports.httpProxy}`;
    }
    if (config.services.squid) {
      const squid = new SquidService(
        "squid",
        {
          insideAddress: config.bcmnet.gatewayAddress,
          bcmnet: config.bcmnet.subnet,
          port: config.ports.squid,
          cache: config.squid,
          parentProxy:
            config.squid.egress === "tor"
              ? { address: "127.0.0.1", port: TOR_CONSUMERS.squid.proxyPort }
              : undefined,
          logging: config.gatewayLogging,
          hostName: names.squid,
          dataVolume,
        },
        { parent: this },
      );
      services.push(squid.spec);
      endpoints.squid = `${names.squid}:${config.ports.squid}`;
    }
    const registryEndpoints: string[] = [];
    let privateRegistry: { endpoint: string; storageDir: string } | undefined;
    let mirrorUrl: string | undefined;
    if (config.services.registryMirror) {
      const mirror = new RegistryService(
        "registry-mirror",
        {
          insideAddress: config.bcmnet.gatewayAddress,
          dataVolume,
          pki: this.pki,
          kind: "mirror",
          hostNames: [names.mirror],
          port: config.ports.registryMirror,
          upstream: {
            origin: config.registryMirror.upstream,
            // Through privoxy (Tor) or Squid (direct): either answers even while upstream is down.
            ...(config.registryMirror.egress === "tor"
              ? {
                  via: "privoxy",
                  proxyUrl: `http://127.0.0.1:${TOR_CONSUMERS.registryMirror.proxyPort}`,
                }
              : { via: "squid", proxyUrl: `http://${config.bcmnet.gatewayAddress}:${config.ports.squid}` }),
          },
          volumeSizeGb: config.volumeSizesGb.registryMirror,
        },
        { parent: this },
      );
      services.push(mirror.spec);
      registryEndpoints.push(mirror.endpoint);
      mirrorUrl = `https://${mirror.endpoint}`;
      endpoints.registryMirror = mirror.endpoint;
    }
    if (config.services.privateRegistry) {
      const registry = new RegistryService(
        "registry-private",
        {
          insideAddress: config.bcmnet.gatewayAddress,
          dataVolume,
          pki: this.pki,
          kind: "private",
          hostNames: [names.registry, names.registryAlias],
          port: config.ports.privateRegistry,
          volumeSizeGb: config.volumeSizesGb.privateRegistry,
          onionNames: this.onion?.namesLeadingTo(config.bcmnet.gatewayAddress, config.ports.privateRegistry),
        },
        { parent: this },
      );
      services.push(registry.spec);
      registryEndpoints.push(registry.endpoint);
      privateRegistry = { endpoint: registry.endpoint, storageDir: registry.storageDir };
      endpoints.privateRegistry = registry.endpoint;
    }
    this.endpoints = endpoints;

    this.gateway = new Gateway(
      "gateway",
      {
        bcmnet: config.bcmnet,
        outside: config.outside,
        forwardBcmnetToOutside: config.forwardBcmnetToOutside,
        insideConnectionsPerClient: config.insideConnectionsPerClient,
        logging: config.gatewayLogging,
        foundation,
        services,
        dnsUpstream: config.services.tor
          ? { address: TOR_DNS_ADDRESS, port: config.ports.torDns, controlPort: config.ports.torControl }
          : undefined,
        clusterMember: config.cluster?.gateway,
        project: config.lxd.project,
      },
      { parent: this },
    );

    this.dockerClient = {
      mirrorUrl,
      registryEndpoints,
      httpProxyUrl: config.services.squid ? `http://${names.squid}:${config.ports.squid}` : undefined,
      // Our registries are reached directly (client certificates); only the internet goes via Squid.
      noProxy: [
        "localhost",
        "127.0.0.1",
        config.bcmnet.domain,
        `.${config.bcmnet.domain}`,
        config.bcmnet.gatewayAddress,
      ],
      storageDriver: dockerStorageDriverFor(config.storage.driver),
    };

    this.operatorClient = this.pki.issueOperatorCertificate("operator", `operator.${config.bcmnet.domain}`);

    this.dockerHosts = config.dockerHosts.map(
      (hostName) =>
        new DockerHost(
          hostName,
          {
            domain: config.bcmnet.domain,
            nameserver: config.bcmnet.gatewayAddress,
            foundation,
            pki: this.pki,
            docker: this.dockerClient,
            dependsOn: [this.gateway.instance],
            clusterMember: config.cluster?.dockerHosts[hostName],
          },
          { parent: this },
        ),
    );

    if (config.builds.images.length > 0) {
      // bcm:images needs the private registry: refused at the boundary (config.ts) otherwise.
      if (!privateRegistry) throw new Error("bcm:images without the private registry");
      const builds = new ImageBuilds(
        "images",
        {
          builds: config.builds,
          connection,
          foundation,
          pki: this.pki,
          docker: this.dockerClient,
          domain: config.bcmnet.domain,
          nameserver: config.bcmnet.gatewayAddress,
          registry: privateRegistry,
          gatewayInstance: this.gateway.instance.name,
          dependsOn: [this.gateway.instance],
        },
        { parent: this },
      );
      this.images = builds.images;
    } else {
      this.images = pulumi.output<Record<string, string>>({});
    }

    // The docker hosts form one swarm; bcm:stacks run on it.
    this.swarm =
      this.dockerHosts.length > 0
        ? new Swarm(
            "swarm",
            {
              connection,
              project: foundation.projectName,
              hosts: this.dockerHosts,
              managers: config.swarm.managers,
              addressPool: config.swarm.addressPool,
              stacks: config.swarm.stacks,
              images: this.images,
            },
            { parent: this },
          )
        : undefined;

    this.site = pulumi
      .all([foundation.projectName, foundation.poolName, this.gateway.instance.name, this.gateway.services])
      .apply(([project, pool, gateway, gatewayServices]) => ({
        project,
        pool,
        gateway,
        ...(config.services.tor
          ? { torControl: { port: config.ports.torControl, cookieFile: TOR_CONTROL_COOKIE } }
          : {}),
        dockerHosts: config.dockerHosts,
        services: gatewayServices,
        tlsEndpoints: registryEndpoints,
        certEarlyRenewalHours: config.certificates.earlyRenewalHours,
      }));

    this.registerOutputs({ site: this.site });
  }

  /** daemon.json for operators' docker daemons (>= 23, with proxies). */
  daemonJson(): string {
    return renderDaemonJson(this.dockerClient, true);
  }
}
