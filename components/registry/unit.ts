export interface RegistryUnitArgs {
  kind: string;
  configPath: string;
  storageDir: string;
  /**
   * Mirror: the HTTP proxy on the gateway it reaches its upstream through (privoxy for Tor, or
   * Squid). distribution 2.8.2 asks upstream for its auth challenge at start and panics when that
   * request fails (no DNS, no route: an offline site, Tor still bootstrapping); through a proxy the
   * request always gets an HTTP answer, so the mirror starts and serves what it has cached.
   */
  egressProxyUrl?: string;
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
    ...(args.egressProxyUrl
      ? [
          `Environment=HTTPS_PROXY=${args.egressProxyUrl} HTTP_PROXY=${args.egressProxyUrl}`,
          "Environment=NO_PROXY=localhost,127.0.0.1",
        ]
      : []),
    `ExecStart=/usr/bin/docker-registry serve ${args.configPath}`,
    // The private registry listens on 443 without running as root.
    "AmbientCapabilities=CAP_NET_BIND_SERVICE",
    "NoNewPrivileges=true",
    "ProtectSystem=strict",
    `ReadWritePaths=${args.storageDir}`,
    "PrivateTmp=true",
    "Restart=always",
    "RestartSec=2",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}
