import * as pulumi from "@pulumi/pulumi";
import { DockerClientSettings } from "../dockerhost/daemon";
import { renderDockerHostSetup } from "../dockerhost";
import { Foundation } from "../foundation";
import { renderNetworkConfig } from "../host/cloud-init";
import { Pki } from "../pki";
import { buildTag, readContext } from "./context";
import { LxdConnection } from "./lxd-client";
import { ImageBuild, ImageBuildInputs } from "./provider";
import { BuildSettings } from "./settings";

/** A build may take this long (base layers over Tor included) before `up` gives up on it. */
const BUILD_TIMEOUT_S = 3600;

export interface ImageBuildsArgs {
  builds: BuildSettings;
  /** The endpoint, as the LXD provider reaches it (components/datacenter lxdProvider). */
  connection: pulumi.Input<LxdConnection>;
  foundation: Foundation;
  pki: Pki;
  docker: DockerClientSettings;
  domain: string;
  nameserver: string;
  /** host:port of the private registry, and where it stores its data on the gateway. */
  registry: { endpoint: string; storageDir: string };
  gatewayInstance: pulumi.Input<string>;
  /** Builds start once these exist (the gateway: DHCP, DNS, Squid, the registries). */
  dependsOn: pulumi.Input<pulumi.Resource>[];
}

/**
 * The stack's custom images (bcm:images), each built in a builder container of its own that
 * exists only for that build (provider.ts). At most `builds.parallel` build at once: image i
 * waits for image i - parallel.
 */
export class ImageBuilds extends pulumi.ComponentResource {
  /** name -> registry/name@sha256:digest */
  public readonly images: pulumi.Output<Record<string, string>>;

  constructor(name: string, args: ImageBuildsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:builders:ImageBuilds", name, {}, opts);
    const { foundation, builds } = args;
    // One client certificate for all builders: they push to the private registry as "builder".
    const client = args.pki.issueClientCertificate("builder", `builder.${args.domain}`);
    const setup = renderDockerHostSetup("builder", args, args.pki.caCertPem, client);
    const built: ImageBuild[] = [];
    for (const spec of builds.images) {
      // The tag is computed here, at preview, from the files as they are now: an unchanged context
      // is an unchanged resource (no builder, no pull, no build).
      const tag = buildTag(spec, readContext(spec));
      const inputs: { [K in keyof ImageBuildInputs]: pulumi.Input<ImageBuildInputs[K]> } = {
        connection: pulumi.secret(args.connection),
        project: foundation.projectName,
        baseImage: foundation.image,
        profiles: pulumi.all([foundation.privilegedProfile.name]),
        pool: foundation.poolName,
        limits: builds.limits,
        userData: setup.userData,
        networkConfig: renderNetworkConfig([{ name: "eth0", dhcp: true }]),
        secretFiles: pulumi.secret(
          setup.secretFiles.apply((files) =>
            files.map((f) => ({ path: f.targetPath, content: f.content, mode: f.mode })),
          ),
        ),
        spec,
        tag,
        registry: args.registry.endpoint,
        proxy: { url: args.docker.httpProxyUrl, noProxy: args.docker.noProxy },
        gateway: pulumi.output({ instance: args.gatewayInstance, storageDir: args.registry.storageDir }),
        buildTimeoutS: BUILD_TIMEOUT_S,
      };
      const before = built.length >= builds.parallel ? [built[built.length - builds.parallel]] : [];
      built.push(
        new ImageBuild(`image-${spec.name.replace(/\//g, "-")}`, inputs, {
          parent: this,
          dependsOn: [...args.dependsOn, ...before],
          // The connection and the client key are secrets of the inputs; the digest is not.
          additionalSecretOutputs: ["connection", "secretFiles"],
        }),
      );
    }
    this.images = pulumi
      .all(built.map((b, i) => b.ref.apply((ref) => [builds.images[i].name, ref] as const)))
      .apply((pairs) => Object.fromEntries(pairs));
    this.registerOutputs({ images: this.images });
  }
}
