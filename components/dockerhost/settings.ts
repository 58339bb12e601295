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
  dockerHostClusterMembers: list(
    "hosts and data",
    [],
    'Where docker hosts run in an LXD cluster: each "<host> <member>" or "<host> @<cluster group>" (LXD picks a member of the group), e.g. "builder2 node2". A host not listed runs on gatewayClusterMember. Another member than the gateway\'s needs bcmnetParentNic (bcmnet reaches other members only over that LAN).',
    parseHostPlacement,
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

/** A docker host's place in an LXD cluster: a member, or "@group" (LXD's scheduler picks in it). */
export interface HostPlacement {
  host: string;
  /** The instance's `target`: "<member>" or "@<group>". */
  target: string;
}

function parseHostPlacement(value: string, key: string): HostPlacement {
  const fields = value.trim().split(/\s+/);
  if (fields.length !== 2) {
    throw new ConfigError(key, value, 'expected "<host> <member>" or "<host> @<cluster group>"');
  }
  const [host, target] = fields;
  lxdName(host, key);
  lxdName(target.startsWith("@") ? target.slice(1) : target, key);
  return { host, target };
}
