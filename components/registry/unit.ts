export interface RegistryUnitArgs {
  kind: string;
  configPath: string;
  storageDir: string;
}

/**
 * A systemd unit per registry: Debian's docker-registry.service runs one instance from one
 * fixed config, and we run two (mirror and private).
 */
export function renderRegistryUnit(args: RegistryUnitArgs): string {
  return [
    "[Unit]",
    `Description=BCM docker registry (${args.kind}), managed by bcm-pulumi`,
    "After=network-online.target",
    "Wants=network-online.target",
    "",
    "[Service]",
    "User=docker-registry",
    "Group=docker-registry",
    `ExecStart=/usr/bin/docker-registry serve ${args.configPath}`,
    // The private registry listens on 443 without running as root.
    "AmbientCapabilities=CAP_NET_BIND_SERVICE",
    "NoNewPrivileges=true",
    "ProtectSystem=strict",
    `ReadWritePaths=${args.storageDir}`,
    "PrivateTmp=true",
    "Restart=on-failure",
    "RestartSec=2",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}
