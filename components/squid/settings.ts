/** Settings of Squid, the caching forward proxy. */
import { choice, flag, integer, port } from "../settings/define";

export const squidSettings = {
  enableSquid: flag("services on the gateway", true, "Squid HTTP/HTTPS forward proxy with a disk cache."),
  squidPort: port("services on the gateway", 3128, "Squid port on the inside address."),
  squidCacheSizeMb: integer(
    "services on the gateway",
    10240,
    "Squid disk cache size in MB (on the squid-cache volume, sized to fit).",
    { min: 100 },
  ),
  squidMaxObjectSizeMb: integer("services on the gateway", 4096, "Largest object Squid caches, in MB.", {
    min: 1,
  }),
  squidMemoryCacheMb: integer("services on the gateway", 256, "Squid memory cache in MB.", { min: 8 }),
  squidEgress: choice(
    "services on the gateway",
    "tor",
    ["tor", "direct"],
    "How Squid fetches a cache miss. tor (through privoxy and Tor, never direct) hides the site's address from every server it fetches from; direct fetches from the operator's own address: faster, but every server sees who downloads what, a privacy trade-off. Hits are served from the cache either way.",
  ),
};
