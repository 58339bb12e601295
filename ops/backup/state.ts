/**
 * A stack export made ready for a fresh endpoint: every LXD object is dropped from it (they are gone
 * from the empty endpoint, or belong to another one), everything else stays: keys, certificates and
 * passwords (tls, random: the same CA, onion keys, the stack's LXD identity), the components, and the
 * dynamic resources, whose providers see for themselves what is there (a swarm node not in a swarm
 * joins; an image whose manifest the registry has is not built again).
 *
 * Why not import the export as it is and `pulumi up --refresh`: the refresh reads every object with
 * the provider configuration in the state, i.e. through the old endpoint, which after a loss does not
 * answer, and it cannot tell "gone" from "unreachable". Without LXD objects in the state, `pulumi up`
 * creates them wherever the stack's config now points.
 */
import * as fs from "fs";

interface StateResource {
  urn: string;
  type: string;
  dependencies?: string[];
  propertyDependencies?: Record<string, string[]>;
  deletedWith?: string;
  provider?: string;
  parent?: string;
  [key: string]: unknown;
}

export interface StackExport {
  version: number;
  deployment: { resources?: StateResource[]; [key: string]: unknown };
}

/** LXD's objects and the provider that made them. */
export function isLxdObject(type: string): boolean {
  return type.startsWith("lxd:") || type === "pulumi:providers:lxd";
}

export function freshEndpointState(exported: StackExport): {
  state: StackExport;
  dropped: number;
  kept: number;
} {
  const resources = exported.deployment.resources ?? [];
  const gone = new Set(resources.filter((r) => isLxdObject(r.type)).map((r) => r.urn));
  const kept = resources
    .filter((r) => !gone.has(r.urn))
    .map((r) => {
      if (r.parent && gone.has(r.parent))
        throw new Error(`${r.urn}: its parent ${r.parent} is an LXD object`);
      if (r.provider && gone.has(r.provider.replace(/::[^:]*$/, ""))) {
        throw new Error(`${r.urn}: made by the LXD provider but not an LXD type (${r.type})`);
      }
      const copy: StateResource = { ...r };
      if (r.dependencies) copy.dependencies = r.dependencies.filter((d) => !gone.has(d));
      if (r.propertyDependencies) {
        copy.propertyDependencies = Object.fromEntries(
          Object.entries(r.propertyDependencies).map(([k, deps]) => [k, deps.filter((d) => !gone.has(d))]),
        );
      }
      if (r.deletedWith && gone.has(r.deletedWith)) delete copy.deletedWith;
      return copy;
    });
  return {
    state: { ...exported, deployment: { ...exported.deployment, resources: kept, pending_operations: [] } },
    dropped: gone.size,
    kept: kept.length,
  };
}

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: state.ts <export.json> <out.json>");
    process.exit(2);
  }
  const { state, dropped, kept } = freshEndpointState(
    JSON.parse(fs.readFileSync(input, "utf8")) as StackExport,
  );
  fs.writeFileSync(output, JSON.stringify(state, null, 2), { mode: 0o600, flag: "wx" });
  console.log(`state: ${kept} resources kept, ${dropped} LXD objects dropped (the deploy makes them again)`);
}
