import * as lxd from "@pulumi/lxd";
import * as pulumi from "@pulumi/pulumi";
import { BcmConfig } from "../config";

/** Makes a data volume in the stack's project and pool (see Foundation.dataVolume). */
export type DataVolumeFactory = (name: string, parent: pulumi.Resource, sizeGb: number) => lxd.Volume;

export const UNPRIVILEGED_PROFILE = "bcm-unprivileged";
export const PRIVILEGED_PROFILE = "bcm-privileged";

export interface FoundationArgs {
  project: string;
  storage: BcmConfig["storage"];
  image: BcmConfig["image"];
  bcmnet: Pick<BcmConfig["bcmnet"], "name" | "parentNic" | "subnet">;
  outside: BcmConfig["outside"];
  dockerKernelModules: string[];
  retainDataVolumes: boolean;
  /**
   * Every member of the LXD cluster, or [] for a standalone endpoint. In a cluster, LXD creates a
   * pool or network only after it is defined on every member (a pending definition with `target`
   * and the member-specific keys), then once more without target (docs/cluster.md).
   */
  clusterMembers: string[];
}

/**
 * What every BCM instance stands on: an LXD project for isolation, the storage pool, the
 * profiles, bcmnet and (in dev) the NAT bridge playing the outside network.
 */
export class Foundation extends pulumi.ComponentResource {
  public readonly project: lxd.Project;
  public readonly projectName: pulumi.Output<string>;
  public readonly poolName: pulumi.Output<string>;
  public readonly unprivilegedProfile: lxd.Profile;
  public readonly privilegedProfile: lxd.Profile;
  public readonly bcmnet: lxd.Network;
  /** The image every BCM container starts from: "alias" (on the endpoint) or "remote:alias". */
  public readonly image: string;
  /** Only with outsideMode nat-bridge. */
  public readonly outsideBridge?: lxd.Network;

  private readonly retainDataVolumes: boolean;

  constructor(name: string, args: FoundationArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:foundation:Foundation", name, {}, opts);
    const config = args;
    this.retainDataVolumes = config.retainDataVolumes;
    this.image =
      config.image.remote === "" ? config.image.alias : `${config.image.remote}:${config.image.alias}`;

    this.project = new lxd.Project(
      "project",
      {
        name: config.project,
        description: "Bitcoin Cache Machine (managed by Pulumi)",
        config: {
          // Own profiles and custom volumes; images and networks are shared with the default
          // project (LXD 5.0 bridges always live there).
          "features.profiles": "true",
          "features.storage.volumes": "true",
          "features.images": "false",
          "features.networks": "false",
        },
      },
      // A project holding retained data volumes cannot be deleted.
      { parent: this, retainOnDelete: config.retainDataVolumes },
    );
    this.projectName = this.project.name;

    const members = config.clusterMembers;
    // A pending definition per member (member-specific keys only), then the cluster-wide create.
    const perMember = <T extends pulumi.Resource>(make: (member: string) => T): T[] => members.map(make);

    if (config.storage.create) {
      // source is member-specific: LXD refuses it in the cluster-wide create.
      const source: Record<string, string> =
        config.storage.source === "" ? {} : { source: config.storage.source };
      const pending = perMember(
        (member) =>
          new lxd.StoragePool(
            `pool-${member}`,
            { name: config.storage.pool, driver: config.storage.driver, target: member, config: source },
            { parent: this, retainOnDelete: config.retainDataVolumes },
          ),
      );
      const pool = new lxd.StoragePool(
        "pool",
        {
          name: config.storage.pool,
          driver: config.storage.driver,
          config: members.length > 0 ? {} : source,
        },
        { parent: this, retainOnDelete: config.retainDataVolumes, dependsOn: pending },
      );
      this.poolName = pool.name;
    } else {
      this.poolName = pulumi.output(config.storage.pool);
    }

    // bcmnet: a plain L2 bridge. LXD must not serve DHCP, DNS or NAT on it: the gateway does.
    const bcmnetConfig: Record<string, string> = {
      "ipv4.address": "none",
      "ipv6.address": "none",
    };
    // The LAN NIC is member-specific: in a cluster it goes in each member's pending definition
    // (the same NIC name on every member, each cabled to the bcmnet LAN).
    const lanNic: Record<string, string> =
      config.bcmnet.parentNic === "" ? {} : { "bridge.external_interfaces": config.bcmnet.parentNic };
    if (members.length === 0) Object.assign(bcmnetConfig, lanNic);
    const bcmnetPending = perMember(
      (member) =>
        new lxd.Network(
          `bcmnet-${member}`,
          { name: config.bcmnet.name, type: "bridge", target: member, config: lanNic },
          { parent: this },
        ),
    );
    this.bcmnet = new lxd.Network(
      "bcmnet",
      {
        name: config.bcmnet.name,
        type: "bridge",
        description: `BCM trusted inside network ${config.bcmnet.subnet.cidr}`,
        config: bcmnetConfig,
      },
      { parent: this, dependsOn: bcmnetPending },
    );

    if (config.outside.mode === "nat-bridge") {
      // A single dev machine has no second physical NIC: an LXD NAT bridge plays the upstream
      // router (DHCP + NAT), as a home router would.
      const bridgeName = config.outside.bridgeName;
      const outsidePending = perMember(
        (member) =>
          new lxd.Network(
            `outside-${member}`,
            { name: bridgeName, type: "bridge", target: member, config: {} },
            { parent: this },
          ),
      );
      this.outsideBridge = new lxd.Network(
        "outside",
        {
          name: config.outside.bridgeName,
          type: "bridge",
          description: "BCM untrusted outside network (dev: NAT bridge)",
          config: {
            "ipv4.address": `${config.outside.bridgeAddress}/${config.outside.subnet.prefixLength}`,
            "ipv4.nat": "true",
            "ipv4.dhcp": "true",
            "ipv6.address": "none",
          },
        },
        { parent: this, dependsOn: outsidePending },
      );
    }

    const rootDisk = {
      name: "root",
      type: "disk",
      properties: { path: "/", pool: this.poolName },
    };
    const bcmnetNic = {
      name: "eth0",
      type: "nic",
      properties: { nictype: "bridged", parent: this.bcmnet.name },
    };

    this.unprivilegedProfile = new lxd.Profile(
      "unprivileged",
      {
        name: UNPRIVILEGED_PROFILE,
        project: this.projectName,
        description: "BCM default: unprivileged container on bcmnet",
        config: {
          "security.privileged": "false",
          "security.nesting": "false",
          "boot.autostart": "true",
        },
        devices: [rootDisk, bcmnetNic],
      },
      { parent: this },
    );

    this.privilegedProfile = new lxd.Profile(
      "privileged",
      {
        name: PRIVILEGED_PROFILE,
        project: this.projectName,
        description: "BCM docker hosts only: privileged, nesting, docker kernel modules",
        config: {
          "security.privileged": "true",
          "security.nesting": "true",
          ...(config.dockerKernelModules.length > 0
            ? { "linux.kernel_modules": config.dockerKernelModules.join(",") }
            : {}),
          "boot.autostart": "true",
        },
        devices: [rootDisk, bcmnetNic],
      },
      { parent: this },
    );

    this.registerOutputs({
      projectName: this.projectName,
      poolName: this.poolName,
      bcmnet: this.bcmnet.name,
      unprivilegedProfile: this.unprivilegedProfile.name,
      privilegedProfile: this.privilegedProfile.name,
    });
  }

  /**
   * A custom volume for data that must outlive the instance using it (registry storage, caches,
   * leases): replacing the gateway detaches and re-attaches it, nothing on it is lost.
   * In a cluster, `member` is the member of the instance that mounts it: a custom volume on a
   * local pool (dir, btrfs, zfs, lvm) lives on one member and only its instances can use it.
   */
  dataVolume(name: string, parent: pulumi.Resource, sizeGb: number, member?: string): lxd.Volume {
    return new lxd.Volume(
      name,
      {
        name,
        pool: this.poolName,
        project: this.projectName,
        contentType: "filesystem",
        // A quota where the driver enforces one (btrfs, zfs, lvm, dir with project quotas); on a
        // plain dir pool LXD records it without enforcing, and the services bound themselves.
        config: { size: `${sizeGb}GiB` },
        ...(member === undefined ? {} : { target: member }),
      },
      { parent, retainOnDelete: this.retainDataVolumes },
    );
  }
}
