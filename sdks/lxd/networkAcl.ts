// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_network_acl` (terraform-lxd/lxd 2.7.1).
 */
export class NetworkAcl extends pulumi.CustomResource {
    /**
     * Get an existing NetworkAcl resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkAclState, opts?: pulumi.CustomResourceOptions): NetworkAcl {
        return new NetworkAcl(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/networkAcl:NetworkAcl';

    /**
     * Returns true if the given object is an instance of NetworkAcl.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is NetworkAcl {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === NetworkAcl.__pulumiType;
    }

    declare public readonly config: pulumi.Output<{[key: string]: string}>;
    declare public readonly description: pulumi.Output<string>;
    declare public readonly egresses: pulumi.Output<outputs.NetworkAclEgress[]>;
    declare public readonly ingresses: pulumi.Output<outputs.NetworkAclIngress[]>;
    declare public readonly name: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;

    /**
     * Create a NetworkAcl resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: NetworkAclArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: NetworkAclArgs | NetworkAclState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as NetworkAclState | undefined;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["egresses"] = state?.egresses;
            resourceInputs["ingresses"] = state?.ingresses;
            resourceInputs["name"] = state?.name;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
        } else {
            const args = argsOrState as NetworkAclArgs | undefined;
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["egresses"] = args?.egresses;
            resourceInputs["ingresses"] = args?.ingresses;
            resourceInputs["name"] = args?.name;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(NetworkAcl.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering NetworkAcl resources.
 */
export interface NetworkAclState {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    egresses?: pulumi.Input<pulumi.Input<inputs.NetworkAclEgress>[] | undefined>;
    ingresses?: pulumi.Input<pulumi.Input<inputs.NetworkAclIngress>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a NetworkAcl resource.
 */
export interface NetworkAclArgs {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    egresses?: pulumi.Input<pulumi.Input<inputs.NetworkAclEgress>[] | undefined>;
    ingresses?: pulumi.Input<pulumi.Input<inputs.NetworkAclIngress>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
