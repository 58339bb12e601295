/**
 * dnsmasq on the gateway: DHCP for bcmnet clients and DNS for the local domain.
 * Every name outside the domain is resolved by Tor's DNSPort and nothing else, so
 * no plaintext DNS query ever leaves the gateway.
 */
import ipaddr from "ipaddr.js";
import {
  RenderError,
  checkDnsName,
  checkIPv4,
  checkInterface,
  checkPath,
  checkPort,
  ipv4InCidr,
} from "../render-error";

export interface DnsmasqArgs {
  /** The trusted NIC on bcmnet, e.g. "eth1": the only one that gets DHCP and DNS. */
  insideInterface: string;
  /** The gateway's static address on that NIC, e.g. "10.148.10.1". */
  insideAddress: string;
  /** Prefix length of bcmnet, e.g. 24. */
  prefixLength: number;
  /** First and last address handed out by DHCP (inside the subnet, not the gateway's). */
  dhcpRange: { start: string; end: string };
  /** dnsmasq lease time: "infinite" or a number with optional s/m/h/d/w suffix, at least 2 minutes. */
  leaseTime: string;
  /** Local DNS domain, e.g. "bcmnet". */
  domain: string;
  /**
   * Tor's DNSPort: the one and only upstream resolver. Undefined (Tor disabled): dnsmasq answers
   * local names only and forwards nothing, rather than fall back to a plaintext resolver.
   */
  upstream: { address: string; port: number } | undefined;
  /** Fixed names inside the domain, e.g. { name: "mirror.bcmnet", address: "10.148.10.1" }. */
  hostRecords: { name: string; address: string }[];
  /** Where dnsmasq keeps its DHCP leases, e.g. "/var/lib/misc/dnsmasq.leases". */
  leaseFile: string;
  /** The untrusted NIC, e.g. "eth0": explicitly excluded from DNS and DHCP when given. */
  outsideInterface?: string;
  /** Also answer on 127.0.0.1 so the gateway itself resolves through Tor (default true). */
  listenOnLoopback?: boolean;
  /** "private": no query log, no per-lease DHCP lines; "full": both (operators' choice). */
  logging: "private" | "full";
}

/** Lease time in seconds per dnsmasq's syntax; dnsmasq refuses leases under two minutes. */
const UNIT_SECONDS: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

function checkLeaseTime(value: string): string {
  if (value === "infinite") return value;
  const m = typeof value === "string" ? /^(\d+)([smhdw]?)$/.exec(value) : null;
  const seconds = m ? Number(m[1]) * UNIT_SECONDS[m[2]] : NaN;
  if (!(seconds >= 120)) {
    throw new RenderError(
      "leaseTime",
      value,
      'must be "infinite" or like "45m"/"12h"/"7d", at least 2 minutes',
    );
  }
  return value;
}

function toInt(address: string): number {
  return ipaddr.IPv4.parse(address).octets.reduce((acc, o) => acc * 256 + o, 0);
}

export function renderDnsmasqConf(args: DnsmasqArgs): string {
  const inside = checkInterface("insideInterface", args.insideInterface);
  const address = checkIPv4("insideAddress", args.insideAddress);
  if (!Number.isInteger(args.prefixLength) || args.prefixLength < 8 || args.prefixLength > 30) {
    throw new RenderError("prefixLength", args.prefixLength, "must be an integer in 8..30");
  }
  const cidr = `${ipaddr.IPv4.networkAddressFromCIDR(`${address}/${args.prefixLength}`)}/${args.prefixLength}`;
  const netmask = ipaddr.IPv4.subnetMaskFromPrefixLength(args.prefixLength).toString();
  const network = toInt(cidr.split("/")[0]);
  const broadcast = toInt(ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString());

  const start = checkIPv4("dhcpRange.start", args.dhcpRange?.start);
  const end = checkIPv4("dhcpRange.end", args.dhcpRange?.end);
  for (const [name, ip] of [
    ["dhcpRange.start", start],
    ["dhcpRange.end", end],
  ] as const) {
    const n = toInt(ip);
    if (!ipv4InCidr(ip, cidr) || n === network || n === broadcast) {
      throw new RenderError(name, ip, `must be a host address inside ${cidr}`);
    }
  }
  if (toInt(start) > toInt(end)) {
    throw new RenderError("dhcpRange", args.dhcpRange, "start must not be after end");
  }
  if (toInt(address) >= toInt(start) && toInt(address) <= toInt(end)) {
    throw new RenderError("dhcpRange", args.dhcpRange, `must not contain the gateway's own ${address}`);
  }
  const leaseTime = checkLeaseTime(args.leaseTime);
  const domain = checkDnsName("domain", args.domain);
  const upstream =
    args.upstream === undefined
      ? undefined
      : `${checkIPv4("upstream.address", args.upstream.address)}#${checkPort("upstream.port", args.upstream.port)}`;
  const leaseFile = checkPath("leaseFile", args.leaseFile);
  if (args.logging !== "private" && args.logging !== "full") {
    throw new RenderError("logging", args.logging, 'must be "private" or "full"');
  }
  const outside =
    args.outsideInterface === undefined
      ? undefined
      : checkInterface("outsideInterface", args.outsideInterface);
  if (outside === inside) {
    throw new RenderError("outsideInterface", outside, "must differ from insideInterface");
  }

  const records = (args.hostRecords ?? []).map((r, i) => {
    const name = checkDnsName(`hostRecords[${i}].name`, r.name);
    if (name !== domain && !name.endsWith(`.${domain}`)) {
      // A record outside our domain would silently override the real (Tor-resolved) name.
      throw new RenderError(`hostRecords[${i}].name`, name, `must be ${domain} or end in .${domain}`);
    }
    return `host-record=${name},${checkIPv4(`hostRecords[${i}].address`, r.address)}`;
  });

  const lines = [
    "# Generated by bcm-pulumi (components/gateway/dnsmasq.ts). Do not edit.",
    "",
    "# --- where to listen: the inside NIC only, never the outside one ---",
    "bind-interfaces",
    `interface=${inside}`,
    `listen-address=${address}`,
    ...(args.listenOnLoopback === false ? [] : ["listen-address=127.0.0.1"]),
    ...(outside ? [`except-interface=${outside}`, `no-dhcp-interface=${outside}`] : []),
    "no-dhcp-interface=lo",
    "",
    "# --- upstream: Tor's DNSPort only; never resolv.conf, never /etc/hosts ---",
    "no-resolv",
    "no-poll",
    "no-hosts",
    ...(upstream ? [`server=${upstream}`] : ["# No upstream: Tor is disabled, only local names resolve."]),
    "# Never forward bare names or private reverse lookups, and refuse upstream",
    "# answers that point into private ranges (DNS rebinding).",
    "domain-needed",
    "bogus-priv",
    "stop-dns-rebind",
    ...(upstream
      ? [
          "# Tor answers .onion names with addresses of its own VirtualAddrNetwork (automap):",
          "# those come from our Tor, not from a DNS server on the internet.",
          "rebind-domain-ok=/onion/",
        ]
      : []),
    "",
    "# --- logs ---",
    ...(args.logging === "full"
      ? ["log-queries", "log-dhcp"]
      : ["# Privacy: no query log, and DHCP leases are not logged per client.", "quiet-dhcp", "quiet-dhcp6"]),
    "",
    `# --- the local domain: answered here, never sent upstream ---`,
    `local=/${domain}/`,
    `domain=${domain}`,
    "# DHCP clients' hostnames become <host>.<domain>.",
    "expand-hosts",
    ...records,
    "",
    "# --- DHCP on bcmnet: the gateway is router and resolver ---",
    "dhcp-authoritative",
    `dhcp-range=${start},${end},${netmask},${leaseTime}`,
    `dhcp-option=option:router,${address}`,
    `dhcp-option=option:dns-server,${address}`,
    `dhcp-leasefile=${leaseFile}`,
    "",
  ];
  return lines.join("\n");
}
