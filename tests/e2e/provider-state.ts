/**
 * What terraform-lxd 2.7.1 returns for an instance's computed network attributes, from what LXD
 * says of the instance (GET /1.0/instances/<name> and its /state). Read from the provider's
 * v2.7.1 source (internal/instance/resource_instance.go, internal/common/lxd_interface.go), so
 * that the engine-less harness and the unit tests' mocks give the program exactly what the
 * provider gives it under the real engine, never more:
 * - ipv4Address/ipv6Address/macAddress: the first global address of `user.access_interface`
 *   (expanded config) if set; else of the first NIC by name, `lo` left out, that has one.
 * - interfaces: only NICs whose MAC matches a key of the instance's own config (in practice
 *   `volatile.<nic>.hwaddr`, which LXD writes only for a MAC it generated); a NIC with an `hwaddr`
 *   device property is not listed.
 */
export interface LxdAddress {
  family: string;
  address: string;
  scope: string;
}

export interface LxdNicState {
  hwaddr: string;
  state?: string;
  type?: string;
  addresses: LxdAddress[];
}

export interface LxdInstanceView {
  config: Record<string, string>;
  expandedConfig: Record<string, string>;
  network: Record<string, LxdNicState>;
}

export interface ProviderInstanceState {
  ipv4Address?: string;
  ipv6Address?: string;
  macAddress?: string;
  interfaces: Record<string, { name: string; state?: string; type?: string; ips: LxdAddress[] }>;
}

function globalAddresses(nic: LxdNicState): { ipv4?: string; ipv6?: string } {
  const global = nic.addresses.filter((a) => a.scope === "global");
  return {
    ipv4: global.find((a) => a.family === "inet")?.address,
    ipv6: global.find((a) => a.family === "inet6")?.address,
  };
}

export function providerInstanceState(view: LxdInstanceView): ProviderInstanceState {
  const result: ProviderInstanceState = { interfaces: {} };
  const access = view.expandedConfig["user.access_interface"];
  if (access !== undefined) {
    const nic = view.network[access];
    if (nic) {
      const { ipv4, ipv6 } = globalAddresses(nic);
      Object.assign(result, { macAddress: nic.hwaddr, ipv4Address: ipv4, ipv6Address: ipv6 });
    }
  } else {
    for (const name of Object.keys(view.network).sort()) {
      if (name === "lo") continue;
      const { ipv4, ipv6 } = globalAddresses(view.network[name]);
      if (ipv4 || ipv6) {
        Object.assign(result, {
          macAddress: view.network[name].hwaddr,
          ipv4Address: ipv4,
          ipv6Address: ipv6,
        });
        break;
      }
    }
  }
  for (const [realName, nic] of Object.entries(view.network)) {
    const key = Object.keys(view.config).find((k) => view.config[k] === nic.hwaddr);
    if (key === undefined) continue;
    result.interfaces[key.split(".")[1]] = {
      name: realName,
      state: nic.state,
      type: nic.type,
      ips: nic.addresses,
    };
  }
  for (const k of ["ipv4Address", "ipv6Address", "macAddress"] as const) {
    if (result[k] === undefined) delete result[k];
  }
  return result;
}
