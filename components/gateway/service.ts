import * as pulumi from "@pulumi/pulumi";

/**
 * Every address the gateway has right now, one a line (the outside one comes from DHCP and
 * changes): kept current by the gateway, so a service can refuse to connect to the gateway itself.
 */
export const GATEWAY_ADDRESSES_FILE = "/etc/bcm/gateway-addresses";

/**
 * What a service component contributes to the gateway container. Service components own their
 * secrets, certificates and volumes; the Gateway turns all contributions into one cloud-init.
 */
export interface GatewayFile {
  path: string;
  content: pulumi.Input<string>;
  /** Octal mode, e.g. "0640". */
  permissions: string;
  /** "user:group"; defaults to root:root. */
  owner?: string;
  /** Holds a key or password: delivered through the LXD file API, never in the user-data. */
  secret?: boolean;
  /** "base64": content is the base64 of binary bytes (e.g. Tor's key files), decoded on the host. */
  encoding?: "base64";
}

export interface GatewayDirectory {
  path: string;
  owner: string;
  mode: string;
}

export interface GatewayVolumeMount {
  /** Name of the LXD custom volume (in the project, on the stack's pool). */
  volumeName: pulumi.Input<string>;
  /** Device name on the instance. */
  deviceName: string;
  path: string;
  /** Holds what nothing can rebuild (pushed images): an operator's backup copies it. */
  backup?: boolean;
}

/** One gateway service as an operator's tools see it (the stack output `site`). */
export interface SiteService {
  name: string;
  /** The long-running systemd units; a healthy service has each one active. */
  units: string[];
  listeners: GatewayListener[];
  volumes: { volume: string; path: string; backup: boolean }[];
}

export interface GatewayListener {
  service: string;
  protocol: "tcp" | "udp";
  address: string;
  port: number;
}

export interface GatewayServiceSpec {
  name: string;
  /** Services (by name) that must be set up and started before this one. */
  startAfter: string[];
  /** The user whose sockets may send out of the outside NIC (fail-closed egress), if any. */
  egressUser?: string;
  /** Debian packages; installed at first boot only if the image lacks them. */
  packages: string[];
  files: GatewayFile[];
  directories: GatewayDirectory[];
  volumes: GatewayVolumeMount[];
  /** Commands run (as root, in order) after files are written and before units start. */
  prepare: string[];
  /** systemd units enabled and restarted, in order. */
  units: string[];
  /** The long-running ones among them: systemd restarts them whenever they die. */
  supervised: string[];
  /** DNS names (fully qualified) that resolve to the gateway's inside address. */
  hostNames: string[];
  listeners: GatewayListener[];
}
