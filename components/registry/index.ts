import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { DataVolumeFactory } from "../foundation";
import { GatewayServiceSpec } from "../gateway/service";
import { Pki } from "../pki";
import { renderRegistryConfig } from "./config";
import { RegistryOrigin } from "./settings";
import { renderRegistryUnit } from "./unit";

export type RegistryKind = "mirror" | "private";

export interface RegistryServiceArgs {
  insideAddress: string;
  dataVolume: DataVolumeFactory;
  pki: Pki;
  kind: RegistryKind;
  /** Names clients use; the first is the canonical one (daemon.json, certs.d). */
  hostNames: string[];
  port: number;
  /** Mirror only: the registry to pull through from, and the gateway proxy it goes through. */
  upstream?: { origin: RegistryOrigin; proxyUrl: string; via: string };
  volumeSizeGb: number;
  /** .onion names of the onion services that lead here. */
  onionNames?: pulumi.Input<string>[];
}

/**
 * A distribution registry on the gateway's inside address: TLS 1.3 only, client certificate
 * required and verified against our CA, storage on its own persistent volume. As "mirror" it is a
 * pull-through cache of an upstream registry; as "private" it holds the images we push.
 */
export class RegistryService extends pulumi.ComponentResource {
  public readonly spec: pulumi.Output<GatewayServiceSpec>;
  /** host:port as docker clients address it, e.g. "mirror.bcmnet:5000" or "bcmnet:443". */
  public readonly endpoint: string;
  /** Where the registry keeps its data on the gateway (distribution's filesystem storage). */
  public readonly storageDir: string;

  constructor(name: string, args: RegistryServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:registry:RegistryService", name, {}, opts);
    const { pki, kind, port } = args;
    const inside = args.insideAddress;
    const unit = `bcm-registry-${kind}.service`;
    const dir = `/etc/bcm/registry-${kind}`;
    const storageDir = `/var/lib/bcm/registry-${kind}`;
    this.storageDir = storageDir;
    this.endpoint = `${args.hostNames[0]}:${port}`;

    const volume = args.dataVolume(`registry-${kind}`, this, args.volumeSizeGb);
    const secret = new random.RandomPassword(
      `${name}-http-secret`,
      { length: 48, special: false },
      { parent: this },
    );
    const cert = pki.issueServerCertificate(`registry-${kind}`, {
      // Reached through an onion service too: its .onion name, so TLS verifies there as well.
      dnsNames: [...args.hostNames, ...(args.onionNames ?? [])],
      ipAddresses: [inside],
    });

    const configYaml = secret.result.apply((httpSecret) =>
      renderRegistryConfig({
        insideAddress: inside,
        port,
        storageDir,
        httpSecret,
        tls: { certificate: `${dir}/server.crt`, key: `${dir}/server.key`, clientCa: `${dir}/client-ca.crt` },
        proxy: kind === "mirror" && args.upstream ? { remote: args.upstream.origin } : undefined,
      }),
    );

    this.spec = pulumi
      .all([configYaml, cert.certPem, cert.privateKeyPem, pki.clientCaPem, volume.name])
      .apply(([configContent, certPem, keyPem, clientCaPem, volumeName]): GatewayServiceSpec => ({
        name: `registry-${kind}`,
        // The mirror asks upstream, through that proxy, as soon as it starts.
        startAfter: args.upstream ? [args.upstream.via] : [],
        packages: ["docker-registry"],
        files: [
          {
            path: `${dir}/config.yml`,
            content: configContent,
            permissions: "0640",
            owner: "root:docker-registry",
            secret: true,
          },
          { path: `${dir}/server.crt`, content: certPem, permissions: "0644" },
          {
            path: `${dir}/server.key`,
            content: keyPem,
            permissions: "0640",
            owner: "root:docker-registry",
            secret: true,
          },
          // Whose client certificates it accepts: the hosts' CA and the operators' (components/pki).
          { path: `${dir}/client-ca.crt`, content: clientCaPem, permissions: "0644" },
          {
            path: `/etc/systemd/system/${unit}`,
            content: renderRegistryUnit({
              kind,
              configPath: `${dir}/config.yml`,
              storageDir,
              egressProxyUrl: kind === "mirror" ? args.upstream?.proxyUrl : undefined,
            }),
            permissions: "0644",
          },
        ],
        directories: [{ path: storageDir, owner: "docker-registry:docker-registry", mode: "0750" }],
        volumes: [
          { volumeName, deviceName: `registry-${kind}`, path: storageDir, backup: kind === "private" },
        ],
        prepare: [],
        units: [unit],
        supervised: [unit],
        hostNames: args.hostNames,
        listeners: [{ service: `registry-${kind}`, protocol: "tcp", address: inside, port }],
      }));
    this.registerOutputs({ endpoint: this.endpoint });
  }
}
