import { providerInstanceState, LxdNicState } from "./e2e/provider-state";

const nic = (hwaddr: string, ...addresses: [string, string, string][]): LxdNicState => ({
  hwaddr,
  addresses: addresses.map(([family, address, scope]) => ({ family, address, scope })),
});

describe("terraform-lxd 2.7.1's computed instance attributes (the harness's model)", () => {
  const eth1 = nic("00:16:3e:aa:00:02", ["inet", "10.149.10.1", "global"]);

  it("takes the address of user.access_interface, and none when that NIC has no lease yet", () => {
    const config = { "user.access_interface": "eth0" };
    const leased = { eth0: nic("00:16:3e:aa:00:01", ["inet", "10.149.20.150", "global"]), eth1 };
    expect(providerInstanceState({ config, expandedConfig: config, network: leased }).ipv4Address).toBe(
      "10.149.20.150",
    );
    const noLease = { eth0: nic("00:16:3e:aa:00:01", ["inet6", "fe80::1", "link"]), eth1 };
    expect(
      providerInstanceState({ config, expandedConfig: config, network: noLease }).ipv4Address,
    ).toBeUndefined();
  });

  it("otherwise takes the first NIC by name with a global address: eth1 while eth0 has no lease", () => {
    const network = { lo: nic("", ["inet", "127.0.0.1", "local"]), eth0: nic("00:16:3e:aa:00:01"), eth1 };
    const state = providerInstanceState({ config: {}, expandedConfig: {}, network });
    expect(state.ipv4Address).toBe("10.149.10.1");
    expect(state.macAddress).toBe("00:16:3e:aa:00:02");
  });

  it("lists in interfaces only the NICs whose MAC LXD generated (volatile.<nic>.hwaddr)", () => {
    const network = { eth0: nic("00:16:3e:aa:00:01", ["inet6", "fe80::1", "link"]), eth1 };
    const state = providerInstanceState({
      config: { "volatile.eth0.hwaddr": "00:16:3e:aa:00:01" },
      expandedConfig: {},
      network,
    });
    expect(Object.keys(state.interfaces)).toEqual(["eth0"]);
    expect(state.interfaces.eth0.ips).toEqual([{ family: "inet6", address: "fe80::1", scope: "link" }]);
  });
});
