// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_network_forward` (terraform-lxd/lxd 2.7.1).
 */
export class NetworkForward extends pulumi.CustomResource {
    /**
     * Get an existing NetworkForward resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkForwardState, opts?: pulumi.CustomResourceOptions): NetworkForward {
        return new NetworkForward(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/networkForward:NetworkForward';

    /**
     * Returns true if the given object is an instance of NetworkForward.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is NetworkForward {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === NetworkForward.__pulumiType;
    }

    declare public readonly config: pulumi.Output<{[key: string]: string}>;
    declare public readonly description: pulumi.Output<string>;
    declare public readonly listenAddress: pulumi.Output<string>;
    declare public readonly network: pulumi.Output<string>;
    declare public readonly ports: pulumi.Output<outputs.NetworkForwardPort[]>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;

    /**
     * Create a NetworkForward resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: NetworkForwardArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: NetworkForwardArgs | NetworkForwardState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as NetworkForwardState | undefined;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["listenAddress"] = state?.listenAddress;
            resourceInputs["network"] = state?.network;
            resourceInputs["ports"] = state?.ports;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
        } else {
            const args = argsOrState as NetworkForwardArgs | undefined;
            if (args?.listenAddress === undefined && !opts.urn) {
                throw new Error("Missing required property 'listenAddress'");
            }
            if (args?.network === undefined && !opts.urn) {
                throw new Error("Missing required property 'network'");
            }
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["listenAddress"] = args?.listenAddress;
            resourceInputs["network"] = args?.network;
            resourceInputs["ports"] = args?.ports;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(NetworkForward.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering NetworkForward resources.
 */
export interface NetworkForwardState {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    listenAddress?: pulumi.Input<string | undefined>;
    network?: pulumi.Input<string | undefined>;
    ports?: pulumi.Input<pulumi.Input<inputs.NetworkForwardPort>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a NetworkForward resource.
 */
export interface NetworkForwardArgs {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    listenAddress: pulumi.Input<string>;
    network: pulumi.Input<string>;
    ports?: pulumi.Input<pulumi.Input<inputs.NetworkForwardPort>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
