/** Settings of the registry mirror and the private registry. */
import { ConfigError } from "../config-error";
import { choice, flag, integer, port, text } from "../settings/define";

/** A registry's origin: scheme, host and port, nothing else (what distribution's remoteurl takes). */
export interface RegistryOrigin {
  url: string;
}

export function parseRegistryOrigin(value: string, key: string): RegistryOrigin {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      key,
      value,
      "expected an http(s) URL of a registry, like https://registry-1.docker.io",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(key, value, "expected an http(s) URL of a registry");
  }
  if (url.username !== "" || url.password !== "") {
    // Credentials in a URL end up in logs and in the stack's plaintext config.
    throw new ConfigError(key, value, "must not carry credentials");
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search !== "" || url.hash !== "") {
    throw new ConfigError(
      key,
      value,
      "must be a bare origin like https://host[:port] (no path, query or fragment)",
    );
  }
  return { url: url.origin };
}

export const registrySettings = {
  enableRegistryMirror: flag(
    "services on the gateway",
    true,
    "Docker registry mirror (pull-through cache), TLS 1.3 with client certificates.",
  ),
  enablePrivateRegistry: flag(
    "services on the gateway",
    true,
    "Private docker registry at <bcmnetDomain>:<privateRegistryPort>, TLS 1.3 with client certificates.",
  ),
  registryMirrorPort: port(
    "services on the gateway",
    5000,
    "Registry mirror port on the inside address (mirror.<domain>).",
  ),
  privateRegistryPort: port(
    "services on the gateway",
    443,
    "Private registry port on the inside address (<domain>).",
  ),
  registryMirrorUpstream: text(
    "services on the gateway",
    "https://registry-1.docker.io",
    "Upstream registry the mirror pulls through from (a bare origin: scheme, host, port).",
    parseRegistryOrigin,
  ),
  registryMirrorEgress: choice(
    "services on the gateway",
    "tor",
    ["tor", "direct"],
    "How the mirror reaches its upstream. tor (through privoxy and Tor) hides the site's address from the upstream registry; direct (through Squid, from the operator's own address) is faster but tells the registry who pulls what, a privacy trade-off. Either way the mirror starts and serves its cache while upstream is down.",
  ),
  registryMirrorVolumeSizeGb: integer(
    "services on the gateway",
    50,
    "Size in GiB of the mirror's data volume; enforced where the pool driver supports quotas (btrfs, zfs, lvm; dir only with project quotas). The mirror also deletes cached content 7 days after fetching it.",
    { min: 1 },
  ),
  privateRegistryVolumeSizeGb: integer(
    "services on the gateway",
    50,
    "Size in GiB of the private registry's data volume; enforced where the pool driver supports quotas (btrfs, zfs, lvm; dir only with project quotas, otherwise unbounded).",
    { min: 1 },
  ),
};
