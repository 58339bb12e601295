import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import * as fs from "fs";
import * as yaml from "js-yaml";
import { LxdConnection } from "../builders/lxd-client";
import { DockerHost } from "../dockerhost";
import { Ipv4Subnet } from "../net";
import { SwarmNode, SwarmStack } from "./provider";
import { StackSpec } from "./settings";

export interface SwarmArgs {
  connection: pulumi.Input<LxdConnection>;
  project: pulumi.Input<string>;
  /** In bcm:dockerHosts order: the first `managers` are managers, the first of all the leader. */
  hosts: DockerHost[];
  managers: number;
  /** bcm:swarmAddressPool: the leader's input, so a new pool is a new swarm. */
  addressPool: Ipv4Subnet;
  stacks: StackSpec[];
  /** bcm:images by name -> registry/name@digest: a compose `image:` naming one is deployed by digest. */
  images: pulumi.Input<Record<string, string>>;
}

/** A compose file with each `image:` that names one of bcm:images replaced by its digest. */
export function composeWithDigests(compose: string, images: Record<string, string>): string {
  const doc = yaml.load(compose) as { services?: Record<string, { image?: unknown }> };
  for (const service of Object.values(doc.services ?? {})) {
    if (typeof service.image === "string" && images[service.image]) service.image = images[service.image];
  }
  return yaml.dump(doc, { lineWidth: -1, noRefs: true });
}

/**
 * The docker hosts as one Docker swarm (components/swarm/provider.ts), and bcm:stacks deployed on
 * it. Everything of the swarm is on bcmnet: its ports (2377/tcp, 7946/tcp+udp, 4789/udp) between
 * docker hosts on the same bridge, which the gateway neither routes nor filters.
 */
export class Swarm extends pulumi.ComponentResource {
  /** host -> "manager" | "worker" */
  public readonly roles: Record<string, string>;
  public readonly stackNames: string[];

  constructor(name: string, args: SwarmArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:swarm:Swarm", name, {}, opts);
    const connection = pulumi.secret(args.connection);
    const leader = args.hosts[0].instanceName;
    this.roles = {};
    const nodes: SwarmNode[] = [];
    for (const [i, host] of args.hosts.entries()) {
      const role = i < args.managers ? "manager" : "worker";
      this.roles[host.instanceName] = role;
      // The host's config is replaceOnChanges: a new config is a new container, which joins anew.
      const generation = pulumi.output(host.instance.config).apply((config) =>
        createHash("sha256")
          .update(JSON.stringify(config ?? {}))
          .digest("hex")
          .slice(0, 16),
      );
      nodes.push(
        new SwarmNode(
          `swarm-${host.instanceName}`,
          {
            connection,
            project: args.project,
            host: host.instanceName,
            role,
            leader,
            generation,
            ...(i === 0 ? { addressPool: args.addressPool.cidr } : { leaderSwarm: nodes[0].swarmId }),
          },
          {
            parent: this,
            dependsOn: [host.instance, ...(i === 0 ? [] : [nodes[0]])],
            additionalSecretOutputs: ["connection"],
          },
        ),
      );
    }
    this.stackNames = args.stacks.map((s) => s.name);
    for (const stack of args.stacks) {
      // Read at preview, like the image contexts: an unchanged file is an unchanged stack.
      const text = fs.readFileSync(stack.composeFile, "utf8");
      new SwarmStack(
        `stack-${stack.name}`,
        {
          connection,
          project: args.project,
          leader,
          name: stack.name,
          composeFile: stack.composeFile,
          compose: pulumi.output(args.images).apply((images) => composeWithDigests(text, images)),
          swarmId: nodes[0].swarmId,
        },
        { parent: this, dependsOn: nodes, additionalSecretOutputs: ["connection"] },
      );
    }
    this.registerOutputs({ roles: this.roles });
  }
}
