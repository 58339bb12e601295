/** Settings of bcmnet as the gateway serves it: addresses, DHCP, DNS domain, logging. */
import * as ipaddr from "ipaddr.js";
import { ConfigError } from "../config-error";
import { Ipv4Subnet, parseIpv4, parseSubnet, subnetOf, subnetsOverlap } from "../net";
import { choice, flag, integer, text } from "../settings/define";
import { lxdName, optional } from "../settings/values";

/** A lease time as dnsmasq writes it, and what it means. */
export interface LeaseTime {
  /** dnsmasq syntax: "infinite", "3600", "45m", "12h", "7d", "1w". */
  text: string;
  /** Seconds; Infinity for "infinite". */
  seconds: number;
}

const LEASE_UNITS: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function parseLeaseTime(value: string, key: string): LeaseTime {
  if (value === "infinite") return { text: value, seconds: Infinity };
  const match = /^(\d+)([smhdw]?)$/.exec(value);
  if (!match) {
    throw new ConfigError(
      key,
      value,
      'expected seconds or a number with unit s, m, h, d or w (e.g. "12h"), or "infinite"',
    );
  }
  const seconds = Number(match[1]) * LEASE_UNITS[match[2]];
  if (seconds < 120) throw new ConfigError(key, value, "dnsmasq's minimum lease time is 2 minutes");
  return { text: value, seconds };
}

// RFC 1123 label; the domain may have several labels ("bcmnet", "bcm.example.lan").
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Names with a meaning of their own: mDNS, loopback, Tor, and the IETF's never-resolving ones.
const RESERVED_DOMAINS = ["local", "localhost", "onion", "exit", "invalid", "test", "example", "arpa"];

export function parseDomain(value: string, key: string): string {
  const labels = value.split(".");
  if (
    value.length > 253 ||
    labels.some((label) => !DNS_LABEL.test(label)) ||
    /^\d+$/.test(labels.at(-1) ?? "")
  ) {
    throw new ConfigError(
      key,
      value,
      "expected a lower-case DNS name of letters, digits and dashes (e.g. bcmnet or bcm.example.lan)",
    );
  }
  const top = labels.at(-1) ?? "";
  if (RESERVED_DOMAINS.includes(top) && value !== "home.arpa" && !value.endsWith(".home.arpa")) {
    throw new ConfigError(
      key,
      value,
      `.${top} is reserved (${top === "local" ? "multicast DNS" : top === "onion" || top === "exit" ? "Tor" : "special use"}): clients would not resolve it through the gateway; use e.g. bcmnet or home.arpa`,
    );
  }
  return value;
}

// Ranges a bcmnet must not take: they mean something else on every host.
const RESERVED_RANGES: [Ipv4Subnet, string][] = [
  [subnetOf("0.0.0.0", 8), "'this network' (0.0.0.0/8)"],
  [subnetOf("127.0.0.0", 8), "loopback (127.0.0.0/8), where Tor maps .onion names too"],
  [subnetOf("169.254.0.0", 16), "link-local (169.254.0.0/16)"],
  [subnetOf("224.0.0.0", 4), "multicast (224.0.0.0/4)"],
  [subnetOf("240.0.0.0", 4), "reserved (240.0.0.0/4)"],
];

/**
 * Where a bcmnet may be: address space no internet host has. A bcmnet on public addresses
 * (8.8.8.0/24) would hide the real hosts there from every bcmnet client, which would reach the
 * bcmnet host of that address, or nothing, instead.
 *
 * RFC 1918 private use, and RFC 6598 shared address space (100.64.0.0/10) too: that is not
 * routed on the internet either (ISPs use it only between their carrier-grade NAT and their
 * customers), so no internet address is lost. It may clash with an upstream CGNAT or a Tailscale
 * tailnet, as an RFC 1918 bcmnet may with the LAN: the operator picks a range free at the site.
 */
const BCMNET_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map((cidr) =>
  ipaddr.IPv4.parseCIDR(cidr),
);
const BCMNET_RANGES_TEXT = "10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 (RFC 1918) or 100.64.0.0/10 (RFC 6598)";

export function parseBcmnetSubnet(value: string, key: string): Ipv4Subnet {
  const subnet = parseSubnet(key, value);
  for (const [range, what] of RESERVED_RANGES) {
    if (subnetsOverlap(subnet, range)) throw new ConfigError(key, value, `overlaps ${what}`);
  }
  // The whole prefix inside one range: its network address in the range, and a prefix at least
  // as long as the range's (192.168.0.0/15 starts in 192.168.0.0/16 but takes 192.169/16 too).
  const network = ipaddr.IPv4.parse(subnet.networkAddress);
  const within = BCMNET_RANGES.find((range) => network.match(range));
  if (within !== undefined && subnet.prefixLength >= within[1]) return subnet;
  const use = `use a subnet inside ${BCMNET_RANGES_TEXT}`;
  if (within !== undefined) {
    throw new ConfigError(
      key,
      value,
      `is wider than ${within[0].toString()}/${within[1]}: it runs up to ${subnet.broadcastAddress}, outside private-use space, and every bcmnet client would lose the internet hosts there; ${use}`,
    );
  }
  const kind = network.range();
  throw new ConfigError(
    key,
    value,
    kind === "unicast"
      ? `is public (globally routable) address space: every bcmnet client would lose the internet hosts at those addresses; ${use}`
      : `is ${kind} address space, not private-use; ${use}`,
  );
}

const address = optional((value: string, key: string) => parseIpv4(key, value));

export const gatewaySettings = {
  bcmnetCidr: text(
    "bcmnet, the trusted inside network",
    "10.148.10.0/24",
    "IPv4 subnet of bcmnet, inside private-use space: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10 (RFC 1918, RFC 6598).",
    parseBcmnetSubnet,
  ),
  bcmnetGatewayAddress: text(
    "bcmnet, the trusted inside network",
    "",
    "The gateway's static inside address; empty means the first host address of bcmnetCidr.",
    address,
  ),
  bcmnetDhcpRangeStart: text(
    "bcmnet, the trusted inside network",
    "",
    "First DHCP address; empty means the middle of bcmnetCidr (the lower half stays for static hosts).",
    address,
  ),
  bcmnetDhcpRangeEnd: text(
    "bcmnet, the trusted inside network",
    "",
    "Last DHCP address; empty means the last host address of bcmnetCidr.",
    address,
  ),
  bcmnetDhcpLeaseTime: text(
    "bcmnet, the trusted inside network",
    "12h",
    "DHCP lease time in dnsmasq syntax (seconds, or 45m, 12h, 7d, 1w, or infinite); at least 2 minutes.",
    parseLeaseTime,
  ),
  bcmnetDomain: text(
    "bcmnet, the trusted inside network",
    "bcmnet",
    "DNS domain of bcmnet; clients become <host>.<domain>, the private registry is <domain>:443. Not a reserved name (local, onion, test, ...).",
    parseDomain,
  ),
  forwardBcmnetToOutside: flag(
    "the untrusted outside attachment",
    false,
    "Route and masquerade bcmnet traffic straight to the outside. Off keeps clients on Tor and the proxies.",
  ),
  insideConnectionsPerClient: integer(
    "services on the gateway",
    128,
    "Most TCP connections one bcmnet address may hold open to one gateway service at once; beyond it new ones are refused (nftables, TCP reset), so one client cannot exhaust a service for everyone. A docker host counts as one address for all its containers.",
    { min: 16, max: 4096 },
  ),
  gatewayClusterMember: text(
    "hosts and data",
    "",
    "Cluster member the gateway and its data volumes run on: the one whose outsideParentNic faces the router and whose bcmnetParentNic is on the bcmnet LAN. Required with lxdClusterMembers; empty otherwise.",
    optional(lxdName),
  ),
  gatewayLogging: choice(
    "services on the gateway",
    "private",
    ["private", "full"],
    "What the gateway logs. private logs no client address, URL or DNS query (Squid logs time, result and size only; dnsmasq logs no queries and no per-client DHCP lines); full logs all of them, for troubleshooting.",
  ),
};
