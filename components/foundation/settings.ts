/** Settings of the LXD side: the endpoint, project, pool, image, the bcmnet bridge, the outside. */
import * as path from "path";
import { ConfigError } from "../config-error";
import { parseInterfaceAddress } from "../net";
import { choice, flag, list, secret, text } from "../settings/define";
import { interfaceName, lxdName, optional } from "../settings/values";

/** The pool drivers BCM creates with; every one but dir keeps the pool on a block device. */
export const STORAGE_POOL_DRIVERS = ["dir", "btrfs", "zfs", "lvm"] as const;
export type StoragePoolDriver = (typeof STORAGE_POOL_DRIVERS)[number];
/** Drivers whose storagePoolSource may be a block device (LXD formats it for the pool). */
export const BLOCK_DEVICE_DRIVERS = STORAGE_POOL_DRIVERS.filter((d) => d !== "dir");

/**
 * A storagePoolSource in the form of a block device: a path under /dev (/dev/sdb,
 * /dev/disk/by-id/..., /dev/mapper/...), after normalising "//" and "..". Only the form: the LXD
 * endpoint may be another machine, so this one's files say nothing.
 */
export function isBlockDevicePath(source: string): boolean {
  return source.startsWith("/") && path.posix.normalize(source).startsWith("/dev/");
}

export const foundationSettings = {
  lxdRemoteAddress: text(
    "LXD endpoint",
    "",
    "LXD endpoint as host, host:port or https://host:port. Empty uses the local daemon's unix socket.",
    optional(parseRemoteAddress),
  ),
  lxdRemoteTrustToken: secret(
    "LXD endpoint",
    "Trust token of the remote LXD endpoint (`lxc config trust add` on it); set with `pulumi config set --secret`. Its fingerprint pins the endpoint's server certificate on every run; the program sends it only while the stack's client certificate is not trusted yet, so keep it after use (a used or expired token is fine then). Unused for the local socket.",
  ),
  lxdRemoteTrustPassword: secret(
    "LXD endpoint",
    "Alternatively, the endpoint's core.trust_password (older LXD); set with `pulumi config set --secret`. Not with a token; pins nothing (see lxdAcceptRemoteCertificate).",
  ),
  lxdAcceptRemoteCertificate: flag(
    "LXD endpoint",
    false,
    "Without a trust token: accept the server certificate the remote endpoint presents, unverified, on every run (false refuses to connect). Ignored with a token, whose fingerprint must match.",
  ),
  lxdClusterMembers: list(
    "LXD endpoint",
    [],
    "Every member of the LXD cluster the endpoint belongs to (`lxc cluster list`): the pool and the networks are first defined on each member, as LXD requires, then created. Empty: the endpoint is not a cluster. See docs/cluster.md.",
    lxdName,
  ),
  lxdProject: text(
    "LXD endpoint",
    "bcm",
    "LXD project that isolates every BCM instance, profile and volume (not LXD's default project).",
    (value, key) => {
      lxdName(value, key);
      // pulumi destroy deletes the project it created: never LXD's own.
      if (value === "default") throw new ConfigError(key, value, "LXD's default project cannot be BCM's own");
      return value;
    },
  ),
  storagePool: text("storage and image", "bcm", "Storage pool for root disks and data volumes.", lxdName),
  storagePoolCreate: flag(
    "storage and image",
    true,
    "Create the storage pool (true) or use an existing one of that name (false).",
  ),
  storagePoolDriver: choice(
    "storage and image",
    "dir",
    STORAGE_POOL_DRIVERS,
    "Driver when the pool is created (dir, btrfs, zfs, lvm). On btrfs, docker hosts and image builders run dockerd with overlay2 (its own choice there, btrfs, builds about 4x slower).",
  ),
  storagePoolSource: text(
    "storage and image",
    "",
    "Source when the pool is created: a directory for dir (not a block device); for btrfs, zfs and lvm a block device (/dev/...) or an existing btrfs directory, zfs dataset or LVM volume group. Empty lets LXD choose.",
  ),
  imageAlias: text(
    "storage and image",
    "bcm-bookworm",
    "Image alias for every container (scripts/build-image.sh builds bcm-bookworm locally).",
    (value, key) => {
      if (value.trim() === "") throw new ConfigError(key, value, "must not be empty");
      return value;
    },
  ),
  imageRemote: text(
    "storage and image",
    "",
    "Image server remote of imageAlias (e.g. images); empty for an image already on the endpoint.",
    (value, key) => (value === "" ? "" : lxdName(value, key)),
  ),
  bcmnetName: text(
    "bcmnet, the trusted inside network",
    "bcmnet",
    "Name of the bcmnet bridge (at most 15 characters).",
    interfaceName,
  ),
  bcmnetParentNic: text(
    "bcmnet, the trusted inside network",
    "",
    "Physical NIC to bridge bcmnet onto a LAN (must carry no IP address); empty keeps bcmnet internal.",
    optional(interfaceName),
  ),
  outsideMode: choice(
    "the untrusted outside attachment",
    "macvlan",
    ["macvlan", "nat-bridge"],
    "macvlan (on outsideParentNic, DHCP from the upstream router) or nat-bridge (a single dev machine).",
  ),
  outsideParentNic: text(
    "the untrusted outside attachment",
    "",
    "Physical NIC facing the upstream router, parent of the gateway's macvlan NIC (macvlan mode).",
    optional(interfaceName),
  ),
  outsideBridgeName: text(
    "the untrusted outside attachment",
    "bcmout",
    "Name of the NAT bridge playing the upstream router (nat-bridge mode).",
    interfaceName,
  ),
  outsideBridgeAddress: text(
    "the untrusted outside attachment",
    "10.148.20.1/24",
    "Host address and prefix of that NAT bridge (nat-bridge mode); must not overlap bcmnetCidr.",
    (value, key) => parseInterfaceAddress(key, value),
  ),
  retainDataVolumes: flag(
    "hosts and data",
    false,
    "Keep data volumes (registries, Squid cache, leases), pool and project in LXD on pulumi destroy.",
  ),
};

export interface RemoteAddress {
  address: string;
  port: number;
}

/** "host", "host:8443", "https://host:8443", "[fd00::1]:8443". */
function parseRemoteAddress(value: string, key: string): RemoteAddress {
  let url: URL;
  try {
    url = new URL(value.includes("://") ? value : `https://${value}`);
  } catch {
    throw new ConfigError(key, value, "expected host, host:port or https://host:port");
  }
  if (url.protocol !== "https:" || url.hostname === "" || (url.pathname !== "/" && url.pathname !== "")) {
    throw new ConfigError(key, value, "expected host, host:port or https://host:port");
  }
  return { address: url.hostname.replace(/^\[|\]$/g, ""), port: url.port === "" ? 8443 : Number(url.port) };
}
