/**
 * IPv4 values, parsed once at the config boundary (ipaddr.js) and passed inward as types: the
 * renderers get an Ipv4Subnet or a checked address, never a string to parse again.
 */
import * as ipaddr from "ipaddr.js";
import { ConfigError } from "./config-error";

export interface Ipv4Subnet {
  /** Normalised: "10.148.10.0/24". */
  cidr: string;
  networkAddress: string;
  broadcastAddress: string;
  prefixLength: number;
  netmask: string;
}

/** A checked IPv4 CIDR (network address, prefix /8../29) or a ConfigError naming the key. */
export function parseSubnet(key: string, value: string): Ipv4Subnet {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    throw new ConfigError(key, value, "expected an IPv4 CIDR such as 10.148.10.0/24");
  }
  const [address, prefixLength] = parsed;
  if (address.kind() !== "ipv4" || !ipaddr.IPv4.isValidFourPartDecimal(value.split("/")[0])) {
    throw new ConfigError(key, value, "expected an IPv4 CIDR (IPv6 is not supported for bcmnet)");
  }
  if (prefixLength < 8 || prefixLength > 29) {
    throw new ConfigError(key, value, "the prefix length must be between /8 and /29");
  }
  const networkAddress = ipaddr.IPv4.networkAddressFromCIDR(value).toString();
  if (networkAddress !== address.toString()) {
    throw new ConfigError(key, value, `host bits are set: did you mean ${networkAddress}/${prefixLength}?`);
  }
  return subnetOf(networkAddress, prefixLength);
}

export function subnetOf(networkAddress: string, prefixLength: number): Ipv4Subnet {
  const cidr = `${networkAddress}/${prefixLength}`;
  return {
    cidr,
    networkAddress,
    broadcastAddress: ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString(),
    prefixLength,
    netmask: ipaddr.IPv4.subnetMaskFromPrefixLength(prefixLength).toString(),
  };
}

/** "10.148.20.1/24" -> the address and its subnet (as LXD's ipv4.address expects). */
export function parseInterfaceAddress(key: string, value: string): { address: string; subnet: Ipv4Subnet } {
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    throw new ConfigError(key, value, "expected an IPv4 address with prefix such as 10.148.20.1/24");
  }
  const [address, prefixLength] = parsed;
  if (address.kind() !== "ipv4" || !ipaddr.IPv4.isValidFourPartDecimal(value.split("/")[0])) {
    throw new ConfigError(key, value, "expected an IPv4 address with prefix such as 10.148.20.1/24");
  }
  const subnet = parseSubnet(key, `${ipaddr.IPv4.networkAddressFromCIDR(value).toString()}/${prefixLength}`);
  hostInSubnet(key, address.toString(), subnet);
  return { address: address.toString(), subnet };
}

/** A dotted-quad IPv4 address, or a ConfigError. */
export function parseIpv4(key: string, value: string): string {
  if (!ipaddr.IPv4.isValidFourPartDecimal(value)) {
    throw new ConfigError(key, value, "expected an IPv4 address such as 10.148.10.1");
  }
  return ipaddr.IPv4.parse(value).toString();
}

/** A host address of the subnet: inside it, and neither its network nor broadcast address. */
export function hostInSubnet(key: string, value: string, subnet: Ipv4Subnet): string {
  const address = parseIpv4(key, value);
  if (!inSubnet(address, subnet)) throw new ConfigError(key, value, `outside bcmnet ${subnet.cidr}`);
  if (address === subnet.networkAddress || address === subnet.broadcastAddress) {
    const which = address === subnet.networkAddress ? "network" : "broadcast";
    throw new ConfigError(key, value, `is the ${which} address of ${subnet.cidr}`);
  }
  return address;
}

export function inSubnet(address: string, subnet: Ipv4Subnet): boolean {
  return ipaddr.IPv4.parse(address).match(ipaddr.IPv4.parse(subnet.networkAddress), subnet.prefixLength);
}

export function subnetsOverlap(a: Ipv4Subnet, b: Ipv4Subnet): boolean {
  const shorter = Math.min(a.prefixLength, b.prefixLength);
  return ipaddr.IPv4.parse(a.networkAddress).match(ipaddr.IPv4.parse(b.networkAddress), shorter);
}

export function ipToInt(address: string): number {
  return ipaddr.IPv4.parse(address)
    .toByteArray()
    .reduce((acc, byte) => acc * 256 + byte, 0);
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** The address `offset` hosts after the subnet's network address. */
export function hostAt(subnet: Ipv4Subnet, offset: number): string {
  return intToIp(ipToInt(subnet.networkAddress) + offset);
}
