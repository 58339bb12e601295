import * as lxd from "@pulumi/lxd";
import * as pulumi from "@pulumi/pulumi";
import { Foundation } from "../foundation";
import { StagedFile, renderNetworkConfig, renderUserData, secretInstanceFiles } from "../host/cloud-init";
import { Pki } from "../pki";
import { DockerClientSettings, renderDaemonJson, renderDockerProxyDropIn } from "./daemon";

export interface DockerHostArgs {
  /** bcmnet's domain (the host becomes <name>.<domain>) and its resolver, the gateway. */
  domain: string;
  nameserver: string;
  foundation: Foundation;
  pki: Pki;
  docker: DockerClientSettings;
  /** Created after these (the gateway: it serves this host's DHCP and DNS). */
  dependsOn: pulumi.Input<pulumi.Resource>[];
  /** In an LXD cluster: the member ("<member>") or cluster group ("@<group>") it runs on. */
  clusterMember?: string;
}

/**
 * A container on bcmnet running dockerd, configured as every docker daemon on bcmnet should be:
 * the gateway's mirror as registry mirror, our CA and its own client certificate under
 * /etc/docker/certs.d/<host:port>/ for both registries, Squid as its HTTP(S) proxy. This is what
 * BCM's ephemeral "builder" containers are. Only docker hosts use the privileged profile.
 */
export class DockerHost extends pulumi.ComponentResource {
  public readonly instance: lxd.Instance;
  public readonly instanceName: string;

  constructor(name: string, args: DockerHostArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:dockerhost:DockerHost", name, {}, opts);
    const { foundation, pki } = args;
    this.instanceName = name;
    const client = pki.issueClientCertificate(`dockerhost-${name}`, `${name}.${args.domain}`);
    const rendered = renderDockerHostSetup(name, args, pki.caCertPem, client);

    this.instance = new lxd.Instance(
      name,
      {
        name,
        project: foundation.projectName,
        image: foundation.image,
        type: "container",
        profiles: [foundation.privilegedProfile.name],
        config: {
          "cloud-init.user-data": rendered.userData,
          "cloud-init.network-config": renderNetworkConfig([{ name: "eth0", dhcp: true }]),
        },
        // The client key: pushed root-only before the first start, never in the user-data.
        files: rendered.secretFiles,
        // Its address comes from the gateway's DHCP, which LXD does not know about.
        waitForNetwork: false,
        ...(args.clusterMember === undefined ? {} : { target: args.clusterMember }),
      },
      {
        parent: this,
        dependsOn: args.dependsOn,
        replaceOnChanges: ["config", "files"],
        deleteBeforeReplace: true,
      },
    );
    this.registerOutputs({ instanceName: this.instanceName });
  }
}

/**
 * What makes a container a docker host of bcmnet (also each image builder, components/builders):
 * its cloud-init user-data (daemon.json with the mirror, Squid as dockerd's proxy, our CA and the
 * client certificate for both registries) and the client key, pushed root-only before the first
 * start and never in the user-data.
 */
export function renderDockerHostSetup(
  name: string,
  args: { domain: string; nameserver: string; docker: DockerClientSettings },
  caCertPem: pulumi.Input<string>,
  client: { certPem: pulumi.Input<string>; privateKeyPem: pulumi.Input<string> },
): pulumi.Output<{ userData: string; secretFiles: StagedFile[] }> {
  const docker = args.docker;
  return pulumi.all([caCertPem, client.certPem, client.privateKeyPem]).apply(([caPem, certPem, keyPem]) => {
    const certFiles = docker.registryEndpoints.flatMap((endpoint) => [
      { path: `/etc/docker/certs.d/${endpoint}/ca.crt`, content: caPem, permissions: "0644" },
      { path: `/etc/docker/certs.d/${endpoint}/client.cert`, content: certPem, permissions: "0644" },
      {
        path: `/etc/docker/certs.d/${endpoint}/client.key`,
        content: keyPem,
        permissions: "0600",
        secret: true,
      },
    ]);
    const files = [
      { path: "/etc/docker/daemon.json", content: renderDaemonJson(docker), permissions: "0644" },
      {
        path: "/etc/systemd/system/docker.service.d/bcm-proxy.conf",
        content: renderDockerProxyDropIn(docker),
        permissions: "0644",
      },
      ...certFiles,
    ];
    const userData = renderUserData({
      hostname: name,
      packages: ["docker.io"],
      files,
      directories: [],
      prepare: [],
      units: ["containerd.service", "docker.service"],
      supervised: ["containerd.service", "docker.service"],
      nameservers: [args.nameserver],
      searchDomain: args.domain,
      sysctls: {},
    });
    return { userData, secretFiles: secretInstanceFiles(files) };
  });
}
