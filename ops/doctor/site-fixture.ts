import { SiteDescription } from "../../components/datacenter";

/** A site like the e2e's: what the `site` output holds. */
export const SITE: SiteDescription = {
  project: "bcm-e2e",
  pool: "bcm-e2e",
  gateway: "gateway",
  dockerHosts: ["builder1"],
  torControl: { port: 9051, cookieFile: "/run/tor/control.authcookie" },
  services: [
    {
      name: "tor",
      units: ["tor@default.service"],
      listeners: [
        { service: "tor-socks", protocol: "tcp", address: "10.1.0.1", port: 9050 },
        { service: "tor-control", protocol: "tcp", address: "127.0.0.1", port: 9051 },
      ],
      volumes: [],
    },
    {
      name: "squid",
      units: ["squid.service"],
      listeners: [{ service: "squid", protocol: "tcp", address: "10.1.0.1", port: 3128 }],
      volumes: [{ volume: "squid-cache", path: "/var/spool/squid", backup: false }],
    },
    {
      name: "registry-private",
      units: ["bcm-registry-private.service"],
      listeners: [{ service: "registry-private", protocol: "tcp", address: "10.1.0.1", port: 443 }],
      volumes: [{ volume: "registry-private", path: "/var/lib/bcm/registry-private", backup: true }],
    },
    {
      name: "gateway",
      units: ["dnsmasq.service"],
      listeners: [],
      volumes: [{ volume: "gateway-state", path: "/var/lib/bcm/state", backup: false }],
    },
  ],
  tlsEndpoints: ["bcm.test:443"],
  certEarlyRenewalHours: 720,
};
