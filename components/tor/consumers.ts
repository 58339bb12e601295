/**
 * Stream isolation on the gateway: each consumer of Tor reaches it through its own listener, so
 * their streams never share a circuit (Tor isolates listeners from each other). Each listener
 * carries its port as its SessionGroup, which Tor's STREAM events report: the e2e reads from Tor's
 * own side which consumer a stream came from and that no circuit carries two consumers.
 *
 * Consumers: bcmnet's SOCKS clients (the inside SocksPort, isolated per client address), bcmnet's
 * HTTP-proxy clients, Squid and the registry mirror (each through its own privoxy instance, which
 * hands names to Tor unresolved), and DNS (the DNSPort).
 */
export const TOR_CONSUMERS = {
  /** privoxy for bcmnet clients (on the inside address) -> this SocksPort on loopback. */
  httpProxy: { torSocksPort: 9060 },
  /** Squid's parent: a privoxy instance on loopback -> its own SocksPort. */
  squid: { proxyPort: 8119, torSocksPort: 9061 },
  /** The registry mirror's upstream proxy: another privoxy instance -> its own SocksPort. */
  registryMirror: { proxyPort: 8120, torSocksPort: 9062 },
} as const;

/** Loopback ports these listeners take on the gateway (config.ts refuses settings that reuse them). */
export const TOR_CONSUMER_PORTS: Record<number, string> = {
  [TOR_CONSUMERS.httpProxy.torSocksPort]: "Tor's SocksPort for the HTTP proxy (loopback)",
  [TOR_CONSUMERS.squid.torSocksPort]: "Tor's SocksPort for Squid (loopback)",
  [TOR_CONSUMERS.squid.proxyPort]: "Squid's privoxy instance (loopback)",
  [TOR_CONSUMERS.registryMirror.torSocksPort]: "Tor's SocksPort for the registry mirror (loopback)",
  [TOR_CONSUMERS.registryMirror.proxyPort]: "the registry mirror's privoxy instance (loopback)",
};
