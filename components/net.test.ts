import { ConfigError } from "./config-error";
import {
  hostAt,
  hostInSubnet,
  inSubnet,
  intToIp,
  ipToInt,
  parseInterfaceAddress,
  parseSubnet,
  subnetsOverlap,
} from "./net";

describe("IPv4 values parsed once", () => {
  it("parses a subnet with its addresses and netmask", () => {
    expect(parseSubnet("k", "10.148.10.0/24")).toEqual({
      cidr: "10.148.10.0/24",
      networkAddress: "10.148.10.0",
      broadcastAddress: "10.148.10.255",
      prefixLength: 24,
      netmask: "255.255.255.0",
    });
  });
  it.each([
    ["10.148.10.1/24", /host bits are set: did you mean 10\.148\.10\.0\/24\?/],
    ["fd00::/64", /IPv6 is not supported/],
    ["10.0.0.0/30", /between \/8 and \/29/],
    ["bcmnet", /IPv4 CIDR/],
  ])("refuses %s with a ConfigError naming the key", (value, reason) => {
    expect(() => parseSubnet("bcmnetCidr", value)).toThrow(ConfigError);
    expect(() => parseSubnet("bcmnetCidr", value)).toThrow(reason);
    expect(() => parseSubnet("bcmnetCidr", value)).toThrow(/bcm:bcmnetCidr/);
  });
  it("does address arithmetic one way only", () => {
    expect(ipToInt("10.148.10.1")).toBe(0x0a940a01);
    expect(intToIp(0x0a940a01)).toBe("10.148.10.1");
    const subnet = parseSubnet("k", "10.148.10.0/24");
    expect(hostAt(subnet, 1)).toBe("10.148.10.1");
    expect(inSubnet("10.148.10.200", subnet)).toBe(true);
    expect(inSubnet("10.148.11.1", subnet)).toBe(false);
    expect(subnetsOverlap(subnet, parseSubnet("k", "10.148.0.0/16"))).toBe(true);
    expect(subnetsOverlap(subnet, parseSubnet("k", "10.149.0.0/16"))).toBe(false);
  });
  it("refuses a subnet's network and broadcast address as a host", () => {
    const subnet = parseSubnet("k", "10.148.10.0/24");
    expect(() => hostInSubnet("a", "10.148.10.0", subnet)).toThrow(/network address/);
    expect(() => hostInSubnet("a", "10.148.10.255", subnet)).toThrow(/broadcast address/);
    expect(parseInterfaceAddress("b", "10.148.20.1/24").subnet.cidr).toBe("10.148.20.0/24");
  });
});
