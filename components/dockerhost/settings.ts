/** Settings of the docker hosts. */
import { ConfigError } from "../config-error";
import { list } from "../settings/define";
import { lxdName } from "../settings/values";

export const dockerHostSettings = {
  dockerHosts: list(
    "hosts and data",
    [],
    "Names of docker host containers (privileged, dockerd configured for the gateway's registries and Squid).",
    lxdName,
  ),
  dockerKernelModules: list(
    "hosts and data",
    [],
    "Kernel modules the privileged profile loads on the host for dockerd (BCM's list was overlay, nf_nat, ip_tables, ip6_tables, netlink_diag, br_netfilter, xt_conntrack, nf_conntrack, ip_vs, vxlan). None by default, because LXD refuses to start an instance when the host kernel lacks one; for the local daemon, preview refuses a module the running kernel does not have.",
    (value, key) => {
      if (!/^[a-z0-9_]+$/.test(value)) throw new ConfigError(key, value, "expected a kernel module name");
      return value;
    },
  ),
};
