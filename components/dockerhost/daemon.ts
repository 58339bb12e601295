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
}

/**
 * daemon.json for docker daemons on bcmnet. `withProxies` adds the "proxies" key, which only
 * docker >= 23 understands (older daemons refuse to start with it: use the systemd drop-in).
 */
export function renderDaemonJson(settings: DockerClientSettings, withProxies = false): string {
  const daemon: Record<string, unknown> = {};
  if (settings.mirrorUrl) daemon["registry-mirrors"] = [settings.mirrorUrl];
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
