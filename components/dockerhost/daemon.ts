/** What a docker daemon on bcmnet needs to use the gateway's registries and proxy. */
export interface DockerClientSettings {
  /** https://mirror.bcmnet:5000 */
  mirrorUrl?: string;
  /** host:port of every registry that wants our client certificate (certs.d directory names). */
  registryEndpoints: string[];
  /** http://squid.bcmnet:3128 */
  httpProxyUrl?: string;
  /** Hosts dockerd reaches directly, never through the proxy (our registries, bcmnet). */
  noProxy: string[];
  /** dockerd's storage driver, where its own choice is the wrong one (dockerStorageDriverFor). */
  storageDriver?: "overlay2";
}

/**
 * The storage driver docker daemons must be given on a pool of this LXD driver, or undefined to
 * leave dockerd its own choice. On btrfs dockerd picks its btrfs driver, which builds ~4x slower
 * than overlay2 on the same pool (0.5 s vs 1.7-2.0 s a one-step build, measured in a container on
 * an LXD btrfs pool); overlay2 over btrfs works. On dir (ext4) its choice is overlay2 already; on
 * zfs and lvm it is left alone (not measured here).
 */
export function dockerStorageDriverFor(poolDriver: string): "overlay2" | undefined {
  return poolDriver === "btrfs" ? "overlay2" : undefined;
}

/**
 * daemon.json for docker daemons on bcmnet. `withProxies` adds the "proxies" key, which only
 * docker >= 23 understands (older daemons refuse to start with it: use the systemd drop-in).
 */
export function renderDaemonJson(settings: DockerClientSettings, withProxies = false): string {
  const daemon: Record<string, unknown> = {};
  if (settings.mirrorUrl) daemon["registry-mirrors"] = [settings.mirrorUrl];
  if (settings.storageDriver) daemon["storage-driver"] = settings.storageDriver;
  if (withProxies && settings.httpProxyUrl) {
    daemon["proxies"] = {
      "http-proxy": settings.httpProxyUrl,
      "https-proxy": settings.httpProxyUrl,
      "no-proxy": settings.noProxy.join(","),
    };
  }
  return JSON.stringify(daemon, null, 2) + "\n";
}

/** systemd drop-in giving dockerd (20.10 in Debian bookworm) its proxy settings. */
export function renderDockerProxyDropIn(settings: DockerClientSettings): string {
  const lines = ["[Service]"];
  if (settings.httpProxyUrl) {
    lines.push(
      `Environment="HTTP_PROXY=${settings.httpProxyUrl}"`,
      `Environment="HTTPS_PROXY=${settings.httpProxyUrl}"`,
      `Environment="NO_PROXY=${settings.noProxy.join(",")}"`,
    );
  }
  return lines.join("\n") + "\n";
}
